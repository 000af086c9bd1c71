package org.rapport.cli.internal;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.rapport.cli.CommandLine;
import org.rapport.core.cli.CliCommand;
import org.rapport.core.cli.CliContext;
import org.rapport.core.cli.ExitCode;
import org.rapport.core.cli.UsageException;
import org.rapport.persistence.DatabaseException;
import org.rapport.persistence.DomainUnits;

/**
 * Runs command lines: this bundle's {@code info}, {@code backup}, {@code restore} and {@code db migrate}, and every
 * {@code CliCommand} service, after taking the database options ({@code --db}, {@code --db-user}) out of the line and
 * pointing the database service at the chosen database for the run. The rapport-cli application makes one for its run;
 * as a DS component it is the {@link CommandLine} service.
 */
@Component(service = CommandLine.class)
public class CommandLineService implements CommandLine, AutoCloseable {

    /** How long to wait for command components still being registered: normally they all are at once. */
    static final Duration COMMANDS_WAIT = Duration.ofSeconds(10);

    private final BundleContext context;
    private final ContributedCommands contributed;
    private final DatabaseComponent database;
    private final Function<String, String> environment;

    @Activate
    public CommandLineService(BundleContext context) {
        this(context, System::getenv);
    }

    /** @param environment the process environment (tests give their own, e.g. a wrong {@code RAPPORT_DB_PASSWORD}) */
    CommandLineService(BundleContext context, Function<String, String> environment) {
        this.context = context;
        this.environment = environment;
        contributed = new ContributedCommands(context);
        database = new DatabaseComponent(context);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        DatabaseChoice choice;
        try {
            choice = DatabaseChoice.extract(args);
        } catch (UsageException e) {
            err.println("rapport-cli: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        try (DatabaseSwitch ignored = DatabaseSwitch.apply(choice, database, environment)) {
            List<String> missing = contributed.await(COMMANDS_WAIT);
            if (!missing.isEmpty()) {
                err.println("rapport-cli: commands not available, the services they need did not start: "
                        + String.join(", ", missing));
            }
            Cli cli = new Cli(builtIn(choice), contributed.current());
            return cli.run(choice.rest(), CliContext.of(out, err));
        } catch (DatabaseException e) {
            err.println("rapport-cli: " + e.getMessage());
            return Cli.exitCode(e).code();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.FAILED.code();
        }
    }

    /** This bundle's commands, listed first by help. */
    List<CliCommand> builtIn(DatabaseChoice choice) {
        return List.of(new InfoCommand(database::admin, CliApplication::about), new BackupCommand(database::admin),
                new RestoreCommand(database::admin),
                new DbMigrateCommand(database::admin, () -> new DomainUnits(context), choice, environment));
    }

    @Override
    @Deactivate
    public void close() {
        contributed.close();
        database.close();
    }
}
