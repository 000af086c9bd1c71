package org.rapport.cli.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.rapport.core.cli.CliCommand;
import org.rapport.core.cli.CliContext;
import org.rapport.core.cli.ExitCode;
import org.rapport.core.cli.UsageException;
import org.rapport.persistence.DatabaseException;

/**
 * Parses the command line, runs the command, and turns every failure into a message and an exit code. The commands
 * are this bundle's own ({@code info}, {@code backup}, {@code restore}, {@code db migrate}, listed first) and those installed bundles
 * contribute (sorted by name, so {@code export} and {@code export opportunities} stand together).
 */
final class Cli {

    /** The head of the help: the database options every command takes. */
    private static final String DATABASE_OPTIONS = """
            usage: rapport-cli [-data WORKSPACE] [--db JDBC_URL [--db-user USER]] COMMAND [ARGS]

            Every command takes --db JDBC_URL [--db-user USER], anywhere on the line (before or after the command):
            it works on that database instead of the workspace's, e.g.
              rapport-cli --db jdbc:postgresql://crm.example.com:5432/rapport?sslmode=require --db-user ann info
            The password comes from the environment variable RAPPORT_DB_PASSWORD, else from secure storage
            (Window > Preferences > Rapport > Database). --db-user goes with --db; for 'db migrate', --db-user
            without --db names the target's user, like --to-user.
            """;

    private final Map<String, CliCommand> commands = new LinkedHashMap<>();
    private final List<String> duplicates = new ArrayList<>();

    Cli(List<CliCommand> builtIn, Collection<CliCommand> contributed) {
        builtIn.forEach(this::add);
        contributed.stream().sorted(Comparator.comparing(CliCommand::name)).forEach(this::add);
    }

    private void add(CliCommand command) {
        if (commands.putIfAbsent(command.name(), command) != null) {
            duplicates.add(command.name() + " (" + command.getClass().getName() + ")");
        }
    }

    int run(List<String> args, CliContext context) {
        if (args.isEmpty() || List.of("help", "-h", "--help").contains(args.get(0))) {
            printUsage(context);
            return args.isEmpty() ? ExitCode.USAGE.code() : ExitCode.OK.code();
        }
        // two-word commands first ("export opportunities" before "export"); they get the arguments after both words
        CliCommand command = args.size() > 1 ? commands.get(args.get(0) + " " + args.get(1)) : null;
        int words = 2;
        if (command == null) {
            command = commands.get(args.get(0));
            words = 1;
        }
        if (command == null) {
            context.err().println(unknown(args));
            return ExitCode.USAGE.code();
        }
        try {
            return command.run(args.subList(words, args.size()), context).code();
        } catch (UsageException e) {
            context.err().println("rapport-cli " + command.name() + ": " + e.getMessage());
            context.err().println("usage: rapport-cli " + command.name() + " " + command.arguments());
            return ExitCode.USAGE.code();
        } catch (DatabaseException e) {
            context.err().println("rapport-cli " + command.name() + ": " + e.getMessage());
            return exitCode(e).code();
        } catch (RuntimeException e) {
            DatabaseException database = databaseCause(e);
            if (database != null) { // e.g. wrapped by a service: still one line and the database's exit code
                context.err().println("rapport-cli " + command.name() + ": " + database.getMessage());
                return exitCode(database).code();
            }
            context.err().println("rapport-cli " + command.name() + ": failed: " + e);
            e.printStackTrace(context.err());
            return ExitCode.FAILED.code();
        }
    }

    private String unknown(List<String> args) {
        String first = args.get(0);
        List<String> seconds = commands.keySet().stream().filter(name -> name.startsWith(first + " "))
                .map(name -> name.substring(first.length() + 1)).toList();
        if (seconds.isEmpty()) {
            return "rapport-cli: unknown command '" + first + "'. Commands: " + String.join(", ", commands.keySet())
                    + ". Run 'rapport-cli help' for details.";
        }
        return "rapport-cli: unknown command '" + String.join(" ", args.subList(0, Math.min(2, args.size()))) + "'; '"
                + first + "' is followed by one of: " + String.join(", ", seconds) + ". Run 'rapport-cli help' for details.";
    }

    private static DatabaseException databaseCause(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof DatabaseException database) {
                return database;
            }
        }
        return null;
    }

    /** The exit code scripts expect for a database that cannot be used. */
    static ExitCode exitCode(DatabaseException e) {
        return switch (e.reason()) {
            case IN_USE -> ExitCode.DATABASE_IN_USE;
            case NEWER_SCHEMA -> ExitCode.DATABASE_TOO_NEW;
            case UNREACHABLE -> ExitCode.DATABASE_UNREACHABLE;
            default -> ExitCode.FAILED;
        };
    }

    private void printUsage(CliContext context) {
        context.out().print(DATABASE_OPTIONS);
        context.out().println();
        context.out().println("Commands:");
        for (CliCommand command : commands.values()) {
            String synopsis = (command.name() + " " + command.arguments()).trim();
            context.out().printf("  %-16s %s%n", synopsis, command.summary());
        }
        context.out().println();
        context.out().println("Exit codes:");
        for (ExitCode code : ExitCode.values()) {
            context.out().printf("  %d  %s%n", code.code(), code.meaning());
        }
        if (!duplicates.isEmpty()) {
            context.err().println("rapport-cli: commands left out because an earlier one has the same name: "
                    + String.join(", ", new TreeSet<>(duplicates)));
        }
    }
}
