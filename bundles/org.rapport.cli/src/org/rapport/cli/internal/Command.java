package org.rapport.cli.internal;

import java.util.List;

/** One rapport-cli command. */
interface Command {

    /** The word that selects it, e.g. {@code backup}. */
    String name();

    /** Its arguments as shown in the usage, e.g. {@code DIR}; empty when it takes none. */
    String arguments();

    /** One line on what it does. */
    String summary();

    /**
     * Runs it. Output for people and scripts goes to {@code context.out()}, problems to {@code context.err()}.
     *
     * @throws UsageException when the arguments are wrong
     */
    ExitCode run(List<String> args, CliContext context) throws UsageException;
}
