package org.rapport.cli.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapport.persistence.DatabaseException;

/** Parses the command line, runs the command, and turns every failure into a message and an exit code. */
final class Cli {

    private final Map<String, Command> commands = new LinkedHashMap<>();

    Cli() {
        for (Command command : List.of(new InfoCommand(), new BackupCommand(), new RestoreCommand(), new ImportCommand(),
                new ExportCommand(), new BenchCommand())) {
            commands.put(command.name(), command);
        }
    }

    int run(List<String> args, CliContext context) {
        if (args.isEmpty() || List.of("help", "-h", "--help").contains(args.get(0))) {
            printUsage(context);
            return args.isEmpty() ? ExitCode.USAGE.code : ExitCode.OK.code;
        }
        Command command = commands.get(args.get(0));
        if (command == null && args.size() > 1) { // two-word commands, e.g. "bench search"; they get both words
            command = commands.get(args.get(0) + " " + args.get(1));
        }
        if (command == null) {
            context.err().println("rapport-cli: unknown command '" + args.get(0) + "'. Commands: "
                    + String.join(", ", commands.keySet()) + ". Run 'rapport-cli help' for details.");
            return ExitCode.USAGE.code;
        }
        try {
            return command.run(args.subList(1, args.size()), context).code;
        } catch (UsageException e) {
            context.err().println("rapport-cli " + command.name() + ": " + e.getMessage());
            context.err().println("usage: rapport-cli " + command.name() + " " + command.arguments());
            return ExitCode.USAGE.code;
        } catch (DatabaseException e) {
            context.err().println("rapport-cli " + command.name() + ": " + e.getMessage());
            return ExitCode.of(e).code;
        } catch (RuntimeException e) {
            context.err().println("rapport-cli " + command.name() + ": failed: " + e);
            e.printStackTrace(context.err());
            return ExitCode.FAILED.code;
        }
    }

    private void printUsage(CliContext context) {
        context.out().println("usage: rapport-cli [-data WORKSPACE] COMMAND [ARGS]");
        context.out().println();
        context.out().println("Commands:");
        for (Command command : commands.values()) {
            String synopsis = (command.name() + " " + command.arguments()).trim();
            context.out().printf("  %-16s %s%n", synopsis, command.summary());
        }
        context.out().println();
        context.out().println("Exit codes:");
        for (ExitCode code : ExitCode.values()) {
            context.out().printf("  %d  %s%n", code.code, code.meaning);
        }
    }
}
