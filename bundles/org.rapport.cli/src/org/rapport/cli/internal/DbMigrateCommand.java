package org.rapport.cli.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.rapport.core.cli.CliArguments;
import org.rapport.core.cli.CliCommand;
import org.rapport.core.cli.CliContext;
import org.rapport.core.cli.ExitCode;
import org.rapport.core.cli.UsageException;
import org.rapport.persistence.DatabaseAdmin;
import org.rapport.persistence.DomainUnits;
import org.rapport.persistence.MigrationReport;

/**
 * {@code db migrate --to JDBC_URL [--to-user USER] [--restart]}: copies every installed domain's data from this
 * workspace's database into an empty PostgreSQL database, then prints the rows of each table (equal in both). With
 * {@code --restart}, a target holding a copy that was killed half-way is first rid of what that copy created.
 */
final class DbMigrateCommand implements CliCommand {

    private static final String TO = "--to";
    private static final String TO_USER = "--to-user";
    private static final String RESTART = "--restart";

    private final Supplier<DatabaseAdmin> database;
    private final Supplier<DomainUnits> domains;
    private final DatabaseChoice choice;
    private final Function<String, String> environment;

    /**
     * @param database    the database service (the source)
     * @param domains     opens every installed domain's unit in it
     * @param choice      the database options of this command line: {@code --db-user} without {@code --db} names the
     *                    target's user, as the source (the workspace's embedded database) has none
     * @param environment the process environment, for the target's password
     */
    DbMigrateCommand(Supplier<DatabaseAdmin> database, Supplier<DomainUnits> domains, DatabaseChoice choice,
            Function<String, String> environment) {
        this.database = database;
        this.domains = domains;
        this.choice = choice;
        this.environment = environment;
    }

    @Override
    public String name() {
        return "db migrate";
    }

    @Override
    public String arguments() {
        return "--to JDBC_URL [--to-user USER] [--restart]";
    }

    @Override
    public String summary() {
        return "copy this workspace's data (every installed domain's, ids kept) into an EMPTY PostgreSQL database and"
                + " compare the rows of each table (a database that is not empty is refused, exit 1); the password"
                + " comes from RAPPORT_DB_PASSWORD or secure storage; --restart starts over a copy that was interrupted"
                + " (killed) half-way, dropping only what that copy created there";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        CliArguments options = CliArguments.parse(args, Set.of(TO, TO_USER), Set.of(RESTART));
        if (!options.positional().isEmpty()) {
            throw new UsageException("takes no arguments besides its options, got " + options.positional());
        }
        String url = options.value(TO);
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new UsageException(TO + " needs the target's JDBC URL, e.g. " + TO
                    + " jdbc:postgresql://HOST:5432/rapport (an empty database)");
        }
        String user = options.has(TO_USER) ? options.value(TO_USER) : choice.switches() ? null : choice.user();
        MigrationReport report;
        try (DomainUnits units = domains.get()) {
            List<String> opened = units.openAll();
            context.err().println("Copying the data of " + String.join(", ", opened) + " to " + url);
            report = database.get().migrateTo(url, user, password(), options.has(RESTART), context.progress());
        }
        for (Map.Entry<String, Long> table : report.rowsPerTable().entrySet()) {
            context.out().printf("%-32s %,12d rows%n", table.getKey(), table.getValue());
        }
        context.out().printf("Copied %,d rows in %d tables (units %s) to %s; the counts of source and target are"
                + " equal.%n", report.totalRows(), report.rowsPerTable().size(), report.units(), report.target());
        context.out().println("To use it: Window > Preferences > Rapport > Database (JDBC URL " + report.target()
                + "), or rapport-cli --db " + report.target() + " COMMAND.");
        return ExitCode.OK;
    }

    /** From the environment, else a system property, else {@code null}: the one kept in secure storage. */
    private String password() {
        String fromEnvironment = environment.apply(DatabaseSwitch.PASSWORD_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        return System.getProperty(DatabaseSwitch.PASSWORD_PROPERTY);
    }
}
