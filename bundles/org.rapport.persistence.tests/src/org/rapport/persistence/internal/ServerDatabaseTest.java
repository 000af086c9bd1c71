package org.rapport.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.rapport.persistence.internal.TestDatabase.addNotes;
import static org.rapport.persistence.internal.TestDatabase.notes;
import static org.rapport.persistence.internal.TestDatabase.serviceIn;
import static org.rapport.persistence.internal.TestDatabase.unit;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.persistence.DatabaseException;
import org.rapport.persistence.DatabaseException.Reason;
import org.rapport.persistence.DatabaseInfo;
import org.rapport.persistence.DatabaseKind;
import org.rapport.persistence.SchemaMigration;
import org.rapport.persistence.StandaloneDatabase;
import org.rapport.testing.TestDatabases;

/**
 * What only a PostgreSQL server database does: backups with pg_dump (and what to do without it), restore left to
 * pg_restore, several Rapports preparing one new database at once, and the messages a person gets when the server
 * cannot be reached. Runs when the suite runs on PostgreSQL ({@code -Drapport.test.db.server}); the server-down
 * message is checked on both.
 */
class ServerDatabaseTest {

    private static final SchemaMigration UPPER_CASE = new SchemaMigration(2, "notes in upper case", c -> {
        try (PreparedStatement s = c.prepareStatement("UPDATE TEST_NOTE SET TEXT = UPPER(TEXT)")) {
            s.executeUpdate();
        }
    });

    @TempDir
    Path workspace;
    @TempDir
    Path elsewhere;

    private RapportDatabaseService service;

    @AfterEach
    void stop() {
        System.clearProperty(PgDump.TOOL_PROPERTY);
        System.clearProperty(SchemaUpgrader.BACKUP_CONFIRMED);
        if (service != null) {
            service.deactivate();
        }
    }

    @Test
    void infoNamesTheServerItsEngineAndTheSchemaVersions() {
        assumeOnServer();
        service = serviceIn(workspace);
        DatabaseInfo before = service.info();
        assertEquals(DatabaseKind.SERVER, before.kind());
        assertEquals(TestDatabase.settingsFor(workspace).url(), before.location());
        assertNull(before.directory());
        assertTrue(before.exists(), "a server database exists before Rapport uses it");
        assertTrue(before.engine().startsWith("PostgreSQL 15"), before.engine());
        assertEquals(Map.of(), before.schemaVersions());

        service.open(unit(3));
        assertEquals(Map.of(TestDatabase.UNIT, 3), service.info().schemaVersions());
    }

    @Test
    void withoutPgDumpAnUpgradeIsRefusedUntilABackupIsConfirmed() {
        assumeOnServer();
        service = serviceIn(workspace);
        addNotes(service.open(unit(1)), "lower case note");
        service.deactivate();

        System.setProperty(PgDump.TOOL_PROPERTY, "/nonexistent/pg_dump");
        service = serviceIn(workspace);
        DatabaseException refused = assertThrows(DatabaseException.class, () -> service.open(unit(2, UPPER_CASE)));

        assertEquals(Reason.UPGRADE_FAILED, refused.reason());
        String message = refused.getMessage();
        assertTrue(message.contains("pg_dump --format=custom --file "
                + workspace.resolve("backups").toAbsolutePath() + "/before-upgrade-testnotes-v1-v2-"), message);
        assertTrue(message.contains("/" + PgDump.FILE_NAME + " --host 127.0.0.1 --port " + serverPort()
                + " --username " + TestDatabases.user() + " --dbname " + databaseName()), message);
        assertTrue(message.contains("-Drapport.db.backup.confirmed=true"), message);
        assertTrue(message.contains("/nonexistent/pg_dump, which is not an executable file"), message);
        assertFalse(Files.exists(workspace.resolve("backups")), "no half backup");
        assertEquals(OptionalInt.of(1), service.schemaVersion(TestDatabase.UNIT), "not upgraded");
        service.deactivate();
        service = serviceIn(workspace);
        assertEquals(List.of("lower case note"), notes(service.open(unit(1))), "the data is untouched");
        service.deactivate();

        System.setProperty(SchemaUpgrader.BACKUP_CONFIRMED, "true");
        service = serviceIn(workspace);
        assertEquals(List.of("LOWER CASE NOTE"), notes(service.open(unit(2, UPPER_CASE))), "upgraded once confirmed");
        assertEquals(OptionalInt.of(2), service.schemaVersion(TestDatabase.UNIT));
    }

    @Test
    void aBackupIsAPgDumpAndRestoreSaysWhichPgRestoreToRun() throws Exception {
        assumeOnServer();
        service = serviceIn(workspace);
        addNotes(service.open(unit(1)), "before the backup");

        Path folder = service.backup(elsewhere.resolve("monday"));

        assertEquals(elsewhere.resolve("monday"), folder);
        Path dump = folder.resolve(PgDump.FILE_NAME);
        TestDatabase.assertServerDumpHolds(dump, "TEST_NOTE");
        service.deactivate();

        service = serviceIn(workspace);
        DatabaseException refused = assertThrows(DatabaseException.class, () -> service.restore(folder));
        assertEquals(Reason.BACKUP, refused.reason());
        assertTrue(refused.getMessage().contains("pg_restore --clean --if-exists --single-transaction --host 127.0.0.1"
                + " --port " + serverPort() + " --username " + TestDatabases.user() + " --dbname " + databaseName()
                + " " + dump), refused.getMessage());
        assertTrue(refused.getMessage().contains("Close every Rapport"), refused.getMessage());
        assertEquals(List.of("before the backup"), notes(service.open(unit(1))), "the database is left as it is");

        DatabaseException notABackup = assertThrows(DatabaseException.class, () -> service.restore(elsewhere));
        assertTrue(notABackup.getMessage().contains("holds no PostgreSQL backup of Rapport"), notABackup.getMessage());
    }

    @Test
    void rapportsStartedTogetherOnANewDatabaseAllOpenTheirUnits() throws Exception {
        assumeOnServer();
        int rapports = 4;
        List<RapportDatabaseService> services = new ArrayList<>();
        ExecutorService starts = Executors.newFixedThreadPool(rapports);
        RecordingSessionLog.start();
        try {
            CyclicBarrier together = new CyclicBarrier(rapports);
            List<Future<?>> openings = new ArrayList<>();
            for (int i = 0; i < rapports; i++) {
                RapportDatabaseService rapport = serviceIn(workspace);
                rapport.info(); // driver found and logged in once: the openings then start within milliseconds
                services.add(rapport);
                String note = "written by Rapport " + i;
                openings.add(starts.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    addNotes(rapport.open(unit(1)), note);
                    return null;
                }));
            }
            for (Future<?> opening : openings) {
                opening.get(120, TimeUnit.SECONDS); // fails with what went wrong in that Rapport
            }
            for (RapportDatabaseService rapport : services) {
                assertEquals(rapports, notes(rapport.open(unit(1))).size(), "every Rapport sees the others' notes");
            }
            assertEquals(Map.of(TestDatabase.UNIT, 1), services.get(0).info().schemaVersions());
            assertEquals(List.of(), RecordingSessionLog.problems(), "no table or sequence created twice");
        } finally {
            RecordingSessionLog.stop();
            starts.shutdownNow();
            services.forEach(RapportDatabaseService::deactivate);
        }
    }

    @Test
    void aServerThatIsDownIsAMessageNotAStackTrace() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        DatabaseException e = openFails("jdbc:postgresql://127.0.0.1:" + port + "/rapport", TestDatabases.password());

        assertTrue(e.getMessage().startsWith("Could not reach the database server jdbc:postgresql://127.0.0.1:" + port
                + "/rapport"), e.getMessage());
        assertTrue(e.getMessage().contains("Check that the server runs"), e.getMessage());
    }

    @Test
    void aWrongPasswordIsAMessageThatSaysWhereToCorrectIt() {
        assumeOnServer();
        DatabaseException e = openFails(TestDatabase.settingsFor(workspace).url(), "not-the-password");

        assertTrue(e.getMessage().contains("refused the login of user '" + TestDatabases.user() + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("Preferences > Rapport > Database"), e.getMessage());
        assertTrue(e.getMessage().contains("RAPPORT_DB_PASSWORD"), e.getMessage());
        assertFalse(e.getMessage().contains("not-the-password"), "no password in the message");
    }

    @Test
    void aMissingDatabaseIsAMessageThatSaysToCreateIt() {
        assumeOnServer();
        String url = server() + "/no_such_rapport_database";
        DatabaseException e = openFails(url, TestDatabases.password());

        assertTrue(e.getMessage().startsWith("The database server has no database " + url), e.getMessage());
        assertTrue(e.getMessage().contains("createdb"), e.getMessage());
    }

    @Test
    void tlsAgainstAServerWithoutItIsAMessageAboutTls() {
        assumeOnServer();
        DatabaseException e = openFails(TestDatabase.settingsFor(workspace).url() + "?sslmode=require",
                TestDatabases.password());

        assertTrue(e.getMessage().contains("did not accept the encrypted (TLS) connection the URL asks for"
                + " (sslmode=require)"), e.getMessage());
        assertTrue(e.getMessage().contains("ssl = on in postgresql.conf"), e.getMessage());
    }

    @Test
    void aUserWhoMayNotCreateTablesIsToldWhatTheAdministratorMustGrant() {
        assumeOnServer();
        // a schema the user may not create tables in, as PostgreSQL 15 makes public for anyone but the database's owner
        DatabaseException e = openFails(TestDatabase.settingsFor(workspace).url() + "?currentSchema=information_schema",
                TestDatabases.password());

        assertTrue(e.getMessage().startsWith("The database user '" + TestDatabases.user() + "' may not create or change"
                + " Rapport's tables in " + TestDatabase.settingsFor(workspace).url()), e.getMessage());
        assertTrue(e.getMessage().contains("ALTER DATABASE " + databaseName() + " OWNER TO " + TestDatabases.user()),
                e.getMessage());
        assertTrue(e.getMessage().contains("GRANT USAGE, CREATE ON SCHEMA public TO " + TestDatabases.user()),
                e.getMessage());
    }

    /** Opens a unit on the URL, which must fail as unreachable, with a message and no stack trace in it. */
    private DatabaseException openFails(String url, String password) {
        try (StandaloneDatabase database = StandaloneDatabase.onServer(url, TestDatabases.user(), password, workspace)) {
            DatabaseException e = assertThrows(DatabaseException.class, () -> database.open(unit(1)));
            assertEquals(Reason.UNREACHABLE, e.reason(), e.getMessage());
            assertFalse(e.getMessage().contains("\tat ") || e.getMessage().contains("Exception"),
                    "no stack trace or exception class in the message: " + e.getMessage());
            return e;
        }
    }

    private static void assumeOnServer() {
        assumeTrue(TestDatabases.onServer(), "a PostgreSQL server only: run with -D" + TestDatabases.SERVER);
    }

    private static String server() {
        return System.getProperty(TestDatabases.SERVER).replaceAll("/+$", "");
    }

    private static int serverPort() {
        String server = server();
        return Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
    }

    private String databaseName() {
        String url = TestDatabase.settingsFor(workspace).url();
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
