package org.rapport.cli.internal;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.cli.CommandLine;
import org.rapport.core.cli.CliContext;
import org.rapport.core.cli.ExitCode;
import org.rapport.persistence.DatabaseAdmin;
import org.rapport.persistence.DatabaseException;
import org.rapport.persistence.DatabaseException.Reason;

/**
 * Runs command lines: this bundle's {@code info}, {@code backup} and {@code restore}, and every {@code CliCommand}
 * service. The rapport-cli application makes one for its run; as a DS component it is the {@link CommandLine} service.
 */
@Component(service = CommandLine.class)
public class CommandLineService implements CommandLine, AutoCloseable {

    /** How long to wait for command components still being registered: normally they all are at once. */
    static final Duration COMMANDS_WAIT = Duration.ofSeconds(10);
    private static final long DATABASE_WAIT_SECONDS = 30;

    private final ContributedCommands contributed;
    private final ServiceTracker<DatabaseAdmin, DatabaseAdmin> database;

    @Activate
    public CommandLineService(BundleContext context) {
        contributed = new ContributedCommands(context);
        database = new ServiceTracker<>(context, DatabaseAdmin.class, null);
        database.open();
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            List<String> missing = contributed.await(COMMANDS_WAIT);
            if (!missing.isEmpty()) {
                err.println("rapport-cli: commands not available, the services they need did not start: "
                        + String.join(", ", missing));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.FAILED.code();
        }
        Cli cli = new Cli(List.of(new InfoCommand(this::databaseAdmin, CliApplication::about),
                new BackupCommand(this::databaseAdmin), new RestoreCommand(this::databaseAdmin)), contributed.current());
        return cli.run(args, CliContext.of(out, err));
    }

    private DatabaseAdmin databaseAdmin() {
        try {
            DatabaseAdmin admin = database.waitForService(TimeUnit.SECONDS.toMillis(DATABASE_WAIT_SECONDS));
            if (admin != null) {
                return admin;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new DatabaseException(Reason.UNREACHABLE, "The database service did not start within "
                + DATABASE_WAIT_SECONDS + " s; see the log in the workspace's .metadata folder.");
    }

    @Override
    @Deactivate
    public void close() {
        contributed.close();
        database.close();
    }
}
