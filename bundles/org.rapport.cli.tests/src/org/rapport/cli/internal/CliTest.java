package org.rapport.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.core.cli.CliContext;
import org.rapport.persistence.DatabaseAdmin;

/**
 * rapport-cli as a script sees it: output, messages and exit codes, against the real database service of the test
 * runtime's workspace (embedded Derby under the OSGi instance location, as in the product).
 */
class CliTest {

    @TempDir
    Path backups;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private ServiceTracker<DatabaseAdmin, DatabaseAdmin> database;

    @BeforeEach
    void openDatabaseService() {
        BundleContext context = FrameworkUtil.getBundle(CliTest.class).getBundleContext();
        database = new ServiceTracker<>(context, DatabaseAdmin.class, null);
        database.open();
    }

    @AfterEach
    void closeDatabaseService() {
        database.close();
    }

    @Test
    void infoPrintsTheDatabaseLocationInTheWorkspace() throws Exception {
        assertEquals(0, run("info"));

        Path workspace = Path.of(Platform.getInstanceLocation().getURL().toURI());
        assertTrue(stdout().contains("Database: embedded Derby"), stdout());
        assertTrue(stdout().contains("Database location: " + workspace.resolve("db")), stdout());
        assertTrue(stdout().contains("Java " + System.getProperty("java.version")), stdout());
    }

    @Test
    void backupThenRestoreKeepsTheReplacedDatabase() {
        assertEquals(0, run("backup", backups.resolve("nightly").toString()), stderr());
        assertTrue(stdout().contains("Backup written to " + backups.resolve("nightly/db")), stdout());
        assertTrue(Files.isRegularFile(backups.resolve("nightly/db/service.properties")));

        out.reset();
        assertEquals(0, run("restore", backups.resolve("nightly").toString()), stderr());
        assertTrue(stdout().contains("Database restored from"), stdout());
        assertTrue(stdout().contains("The database as it was before is kept in"), stdout());
        assertEquals(0, run("info"), "the restored database opens");
    }

    @Test
    void restoreFromAFolderThatIsNoBackupFailsWithAMessage() throws Exception {
        Files.writeString(backups.resolve("readme.txt"), "holiday photos");

        assertEquals(1, run("restore", backups.toString()));
        assertTrue(stderr().contains(backups + " is not a Rapport database backup"), stderr());
    }

    @Test
    void wrongUsageExitsWith2AndSaysWhatIsExpected() {
        assertEquals(2, run());
        assertTrue(stdout().contains("usage: rapport-cli"), stdout());

        assertEquals(2, run("frobnicate"));
        assertTrue(stderr().contains("unknown command 'frobnicate'"), stderr());

        assertEquals(2, run("backup"));
        assertTrue(stderr().contains("usage: rapport-cli backup DIR"), stderr());
    }

    @Test
    void helpListsEveryCommandAndExitCode() {
        assertEquals(0, run("help"));
        for (String expected : List.of("info", "backup DIR", "restore DIR", "3  the database is open in another")) {
            assertTrue(stdout().contains(expected), "help mentions '" + expected + "':\n" + stdout());
        }
    }

    private int run(String... args) {
        Cli cli = new Cli(List.of(new InfoCommand(this::databaseService, CliApplication::about),
                new BackupCommand(this::databaseService), new RestoreCommand(this::databaseService)), List.of());
        return cli.run(List.of(args), CliContext.of(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
    }

    private DatabaseAdmin databaseService() {
        try {
            DatabaseAdmin admin = database.waitForService(TimeUnit.SECONDS.toMillis(20));
            assertTrue(admin != null, "the database service is registered");
            return admin;
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
