package org.rapport.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.persistence.DatabaseException;
import org.rapport.persistence.DatabaseException.Reason;
import org.rapport.testing.ChildJvm;
import org.rapport.testing.TestDatabases;

/**
 * What happens across processes on embedded Derby: a second JVM on the same database, and a JVM killed in the middle
 * of a write. (Two processes on one server database: the domains' concurrency tests.)
 */
class ProcessSafetyTest {

    @TempDir
    Path workspace;
    @TempDir
    Path scratch;

    private RapportDatabaseService service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.deactivate();
        }
    }

    @Test
    void aSecondProcessOnTheSameDatabaseGetsAClearMessage() throws Exception {
        assumeFalse(TestDatabases.onServer(), "embedded Derby's file lock; a server serves many processes");
        try (ChildJvm other = ChildJvm.start(HoldDatabaseMain.class, scratch, workspace.toString())) {
            other.awaitLine("READY", 60);

            service = TestDatabase.serviceIn(workspace);
            DatabaseException e = assertThrows(DatabaseException.class, () -> service.open(TestDatabase.unit(1)));

            assertEquals(Reason.IN_USE, e.reason());
            assertTrue(e.getMessage().startsWith("The Rapport database " + workspace.resolve("db")
                    + " is in use by another process"), e.getMessage());
            assertTrue(e.getMessage().contains("-data DIR"), "says what to do: " + e.getMessage());
            assertFalse(e.getMessage().contains("\tat "), "no stack trace in the message");
        }
    }

    @Test
    void aKilledWriterLosesOnlyItsUncommittedRows() throws Exception {
        assumeFalse(TestDatabases.onServer(), "crash safety of the embedded database's files; a server's are its own");
        int committed = 1_000;
        try (ChildJvm writer = ChildJvm.start(CrashWriterMain.class, scratch, workspace.toString(), Integer.toString(committed))) {
            writer.awaitLine("UNCOMMITTED", 120);
            writer.kill();
        }

        JdbcAccess jdbc = new JdbcAccess(DatabaseSettings.embeddedIn(workspace));
        try (Connection c = jdbc.connect(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT COUNT(*), MIN(ID), MAX(ID), COUNT(DISTINCT STATE) FROM "
                        + CrashWriterMain.TABLE)) {
            assertTrue(rows.next());
            assertEquals(committed, rows.getInt(1), "every committed row survives the kill, no uncommitted one");
            assertEquals(0, rows.getInt(2));
            assertEquals(committed - 1, rows.getInt(3));
            assertEquals(1, rows.getInt(4), "only rows in the committed state");
        } catch (SQLException e) {
            throw new AssertionError("the database did not open after the crash: " + e.getMessage(), e);
        } finally {
            jdbc.shutdownEmbedded();
        }
    }
}
