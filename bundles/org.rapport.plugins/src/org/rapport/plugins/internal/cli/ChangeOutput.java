package org.rapport.plugins.internal.cli;

import org.rapport.core.cli.CliContext;
import org.rapport.core.cli.ExitCode;
import org.rapport.plugins.PluginChange;

/** How the plugins commands report a {@link PluginChange}: changes on standard output, refusals on standard error. */
final class ChangeOutput {

    private ChangeOutput() {
    }

    static ExitCode print(String command, PluginChange change, CliContext context) {
        switch (change.outcome()) {
            case DONE, NOTHING_TO_DO -> {
                change.changes().forEach(context.out()::println);
                context.err().println("rapport-cli " + command + ": " + change.message());
                return ExitCode.OK;
            }
            default -> {
                context.err().println("rapport-cli " + command + ": " + change.message());
                return ExitCode.FAILED;
            }
        }
    }
}
