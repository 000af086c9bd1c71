package org.rapport.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.osgi.framework.FrameworkUtil;

/**
 * rapport-cli run in-process exactly as the application runs it (the {@link CommandLineService} with the services of
 * the test runtime), with an environment of the test's choosing; keeps what it printed.
 */
final class CliRun {

    private final Map<String, String> environment;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** @param environment the environment variables rapport-cli sees, e.g. {@code RAPPORT_DB_PASSWORD} */
    CliRun(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    CliRun() {
        this(Map.of());
    }

    /** Runs one command line; the output of earlier runs is forgotten. */
    int run(String... args) {
        out.reset();
        err.reset();
        try (CommandLineService cli = new CommandLineService(
                FrameworkUtil.getBundle(CliRun.class).getBundleContext(), environment::get)) {
            return cli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
        }
    }

    String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
