package org.rapport.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.testing.TestDatabases;

/**
 * rapport-cli as a script sees it: output, messages and exit codes, against the real database service of the test
 * runtime's workspace (embedded Derby under the OSGi instance location, as in the product; or the suite's PostgreSQL
 * database when it runs on the test server).
 */
class CliTest {

    private static final String DERBY_ONLY = "Derby's online backup and restore of the embedded files";

    @TempDir
    Path backups;

    private final CliRun cli = new CliRun();

    @Test
    void infoPrintsTheDatabaseLocationInTheWorkspace() throws Exception {
        assertEquals(0, cli.run("info"), cli.stderr());

        assertTrue(cli.stdout().contains("Java " + System.getProperty("java.version")), cli.stdout());
        if (TestDatabases.onServer()) {
            assertTrue(cli.stdout().contains("Database: server database"), cli.stdout());
            assertTrue(cli.stdout().contains("Database location: " + System.getProperty(DatabaseSwitch.URL_PROPERTY)),
                    cli.stdout());
            assertTrue(cli.stdout().contains("Database engine: PostgreSQL"), cli.stdout());
            return;
        }
        Path workspace = Path.of(Platform.getInstanceLocation().getURL().toURI());
        assertTrue(cli.stdout().contains("Database: embedded Derby"), cli.stdout());
        assertTrue(cli.stdout().contains("Database location: " + workspace.resolve("db")), cli.stdout());
    }

    @Test
    void backupThenRestoreKeepsTheReplacedDatabase() {
        assumeFalse(TestDatabases.onServer(), DERBY_ONLY);
        assertEquals(0, cli.run("backup", backups.resolve("nightly").toString()), cli.stderr());
        assertTrue(cli.stdout().contains("Backup written to " + backups.resolve("nightly/db")), cli.stdout());
        assertTrue(Files.isRegularFile(backups.resolve("nightly/db/service.properties")));

        assertEquals(0, cli.run("restore", backups.resolve("nightly").toString()), cli.stderr());
        assertTrue(cli.stdout().contains("Database restored from"), cli.stdout());
        assertTrue(cli.stdout().contains("The database as it was before is kept in"), cli.stdout());
        assertEquals(0, cli.run("info"), "the restored database opens");
    }

    @Test
    void restoreFromAFolderThatIsNoBackupFailsWithAMessage() throws Exception {
        assumeFalse(TestDatabases.onServer(), DERBY_ONLY);
        Files.writeString(backups.resolve("readme.txt"), "holiday photos");

        assertEquals(1, cli.run("restore", backups.toString()));
        assertTrue(cli.stderr().contains(backups + " is not a Rapport database backup"), cli.stderr());
    }

    @Test
    void wrongUsageExitsWith2AndSaysWhatIsExpected() {
        assertEquals(2, cli.run());
        assertTrue(cli.stdout().contains("usage: rapport-cli"), cli.stdout());

        assertEquals(2, cli.run("frobnicate"));
        assertTrue(cli.stderr().contains("unknown command 'frobnicate'"), cli.stderr());

        assertEquals(2, cli.run("backup"));
        assertTrue(cli.stderr().contains("usage: rapport-cli backup DIR"), cli.stderr());

        assertEquals(2, cli.run("db", "migrate"));
        assertTrue(cli.stderr().contains("usage: rapport-cli db migrate --to JDBC_URL"), cli.stderr());
    }

    @Test
    void helpListsEveryCommandExitCodeAndTheDatabaseOptions() {
        assertEquals(0, cli.run("help"));
        for (String expected : List.of("info", "backup DIR", "restore DIR", "db migrate --to JDBC_URL",
                "3  the database is open in another", "5  the configured database server",
                "[--db JDBC_URL [--db-user USER]] COMMAND", "RAPPORT_DB_PASSWORD")) {
            assertTrue(cli.stdout().contains(expected), "help mentions '" + expected + "':\n" + cli.stdout());
        }
    }
}
