package org.rapport.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.cli.CommandLine;
import org.rapport.core.cli.CliArguments;
import org.rapport.core.cli.CliCommand;
import org.rapport.core.cli.CliContext;
import org.rapport.core.cli.ExitCode;
import org.rapport.core.cli.UsageException;
import org.rapport.persistence.DatabaseException;
import org.rapport.persistence.DatabaseException.Reason;

/**
 * Commands that other bundles register as {@link CliCommand} services, run through the {@link CommandLine} service
 * exactly as rapport-cli runs them: listed by help after the built-in ones, selected by one or two words, their
 * usage errors and database failures turned into the documented exit codes.
 */
class ContributedCommandsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<ServiceRegistration<CliCommand>> registrations = new ArrayList<>();
    private BundleContext context;
    private ServiceTracker<CommandLine, CommandLine> commandLine;

    @BeforeEach
    void registerCommands() {
        context = FrameworkUtil.getBundle(ContributedCommandsTest.class).getBundleContext();
        commandLine = new ServiceTracker<>(context, CommandLine.class, null);
        commandLine.open();
        register(new Command("greet", "[--loud]", "say hello") {
            @Override
            public ExitCode run(List<String> args, CliContext cli) throws UsageException {
                CliArguments options = CliArguments.parse(args, java.util.Set.of(), java.util.Set.of("--loud"));
                cli.out().println(options.has("--loud") ? "HELLO" : "hello");
                return ExitCode.OK;
            }
        });
        register(new Command("greet world", "NAME", "say hello to NAME") {
            @Override
            public ExitCode run(List<String> args, CliContext cli) throws UsageException {
                if (args.size() != 1) {
                    throw new UsageException("needs exactly one name");
                }
                cli.out().println("hello " + args.get(0));
                return ExitCode.OK;
            }
        });
        register(new Command("audit locked", "", "needs the database another process holds") {
            @Override
            public ExitCode run(List<String> args, CliContext cli) {
                throw new DatabaseException(Reason.IN_USE, "The database is open in another Rapport process.");
            }
        });
    }

    @AfterEach
    void unregister() {
        registrations.forEach(ServiceRegistration::unregister);
        commandLine.close();
    }

    @Test
    void helpListsTheBuiltInCommandsFirstThenTheContributedOnesByName() {
        assertEquals(0, run("help"), stderr());

        int previous = -1;
        for (String synopsis : List.of("  info ", "  backup DIR ", "  restore DIR ", "  audit locked ", "  greet [--loud] ",
                "  greet world NAME ")) {
            int at = stdout().indexOf(synopsis);
            assertTrue(at > previous, "'" + synopsis.strip() + "' is listed after the one before it:\n" + stdout());
            previous = at;
        }
        assertTrue(stdout().contains("say hello to NAME"), stdout());
    }

    @Test
    void twoWordsSelectTheTwoWordCommandAndOneWordTheOther() {
        assertEquals(0, run("greet", "world", "Ada"), stderr());
        assertEquals("hello Ada", stdout().strip());

        out.reset();
        assertEquals(0, run("greet", "--loud"), stderr());
        assertEquals("HELLO", stdout().strip());
    }

    @Test
    void wrongUsageAndDatabaseFailuresHaveTheDocumentedExitCodes() {
        assertEquals(2, run("greet", "world"));
        assertTrue(stderr().contains("rapport-cli greet world: needs exactly one name"), stderr());
        assertTrue(stderr().contains("usage: rapport-cli greet world NAME"), stderr());

        assertEquals(2, run("greet", "--quiet"));
        assertTrue(stderr().contains("unknown option --quiet; options: --loud"), stderr());

        assertEquals(3, run("audit", "locked"));
        assertTrue(stderr().contains("The database is open in another Rapport process."), stderr());

        assertEquals(2, run("audit"));
        assertTrue(stderr().contains("'audit' is followed by one of: locked"), stderr());
    }

    @Test
    void aCommandWhoseBundleWentAwayIsNoLongerOffered() {
        registrations.remove(0).unregister();

        assertEquals(2, run("greet", "--loud"));
        assertTrue(stderr().contains("unknown command 'greet --loud'; 'greet' is followed by one of: world"), stderr());
        assertEquals(0, run("greet", "world", "Ada"), "the other command stays");
    }

    private void register(CliCommand command) {
        registrations.add(context.registerService(CliCommand.class, command, null));
    }

    private int run(String... args) {
        CommandLine cli;
        try {
            cli = commandLine.waitForService(TimeUnit.SECONDS.toMillis(20));
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        assertNotNull(cli, "the command line service is registered");
        return cli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** A command with fixed name, arguments and summary. */
    private abstract static class Command implements CliCommand {
        private final String name;
        private final String arguments;
        private final String summary;

        Command(String name, String arguments, String summary) {
            this.name = name;
            this.arguments = arguments;
            this.summary = summary;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String arguments() {
            return arguments;
        }

        @Override
        public String summary() {
            return summary;
        }
    }
}
