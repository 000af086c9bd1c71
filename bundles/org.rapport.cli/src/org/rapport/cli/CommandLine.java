package org.rapport.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code rapport-cli} in-process, available as an OSGi service: runs a command line exactly as the {@code rapport-cli}
 * script does (the same commands, messages and exit codes), printing to the given streams. For tests of contributed
 * {@link org.rapport.core.cli.CliCommand}s and for tools that drive Rapport from Java.
 */
public interface CommandLine {

    /**
     * Runs one command line, e.g. {@code List.of("export", "people.vcf")} or {@code List.of("help")}, after waiting
     * briefly for the commands of installed bundles to be registered.
     *
     * @return the exit code, one of {@link org.rapport.core.cli.ExitCode}'s
     */
    int run(List<String> args, PrintStream out, PrintStream err);
}
