package org.rapport.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.rapport.persistence.internal.TestDatabase.addNotes;
import static org.rapport.persistence.internal.TestDatabase.execute;
import static org.rapport.persistence.internal.TestDatabase.notes;
import static org.rapport.persistence.internal.TestDatabase.serviceIn;
import static org.rapport.persistence.internal.TestDatabase.unit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.persistence.DatabaseException;
import org.rapport.persistence.DatabaseException.Reason;
import org.rapport.persistence.DatabaseInfo;
import org.rapport.persistence.DatabaseKind;
import org.rapport.persistence.SchemaMigration;
import org.rapport.testing.TestDatabases;

/**
 * The database service on a real embedded Derby or PostgreSQL (the suite's database): units, schema versions, upgrades,
 * backup and restore. What only a server database does is in {@link ServerDatabaseTest}.
 */
class DatabaseServiceTest {

    @TempDir
    Path workspace;
    @TempDir
    Path elsewhere;

    private RapportDatabaseService service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.deactivate();
        }
    }

    @Test
    void dataSurvivesClosingAndReopening() {
        service = serviceIn(workspace);
        addNotes(service.open(unit(1)), "Call Ada about the renewal", "Send Grace the quote");
        service.deactivate();

        service = serviceIn(workspace);
        assertEquals(List.of("Call Ada about the renewal", "Send Grace the quote"), notes(service.open(unit(1))));
        assertEquals(OptionalInt.of(1), service.schemaVersion(TestDatabase.UNIT));
        assertEquals(!TestDatabases.onServer(), Files.isRegularFile(workspace.resolve("db/service.properties")),
                "an embedded database lives in the workspace, a server's does not");
    }

    @Test
    void tablesAreGeneratedOnceAndAgainOnlyWhenTheSchemaVersionChanges() throws SQLException {
        service = serviceIn(workspace);
        addNotes(service.open(unit(1)), "first");
        service.deactivate();
        execute(workspace, "DROP TABLE TEST_NOTE"); // behind the unit's back

        service = serviceIn(workspace);
        EntityManagerFactory reopened = service.open(unit(1));
        assertThrows(RuntimeException.class, () -> notes(reopened),
                "a unit opened before is trusted to have its tables: no generation at each start");
        service.deactivate();

        service = serviceIn(workspace);
        assertEquals(List.of(), notes(service.open(unit(2))), "an upgraded unit gets its missing tables");
    }

    @Test
    void aDatabaseOfAnEarlierBuildGetsItsTablesCheckedOnce() throws SQLException {
        service = serviceIn(workspace);
        addNotes(service.open(unit(1)), "kept");
        service.deactivate();
        execute(workspace, "ALTER TABLE RAPPORT_SCHEMA DROP COLUMN TABLES_VERSION", "DROP TABLE TEST_NOTE");

        service = serviceIn(workspace);
        assertEquals(List.of(), notes(service.open(unit(1))), "tables generated again: the earlier build did not say");
        assertEquals(OptionalInt.of(1), service.schemaVersion(TestDatabase.UNIT));
    }

    @Test
    void infoDescribesTheDatabaseWithoutCreatingIt() {
        assumeFalse(TestDatabases.onServer(), "an embedded database is created on first use; a server's exists before");
        service = serviceIn(workspace);
        DatabaseInfo before = service.info();
        assertEquals(DatabaseKind.EMBEDDED_DERBY, before.kind());
        assertEquals(workspace.resolve("db").toString(), before.location());
        assertFalse(before.exists());
        assertFalse(Files.exists(workspace.resolve("db")), "info must not create the database");

        service.open(unit(3));
        DatabaseInfo after = service.info();
        assertTrue(after.exists());
        assertTrue(after.engine().startsWith("Apache Derby 10.17"), after.engine());
        assertEquals(Map.of(TestDatabase.UNIT, 3), after.schemaVersions());
    }

    @Test
    void anOlderSchemaIsUpgradedAfterAnAutomaticBackup() throws Exception {
        service = serviceIn(workspace);
        addNotes(service.open(unit(1)), "lower case note");
        service.deactivate();

        service = serviceIn(workspace);
        SchemaMigration upperCase = new SchemaMigration(2, "notes in upper case", c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE TEST_NOTE SET TEXT = UPPER(TEXT)")) {
                s.executeUpdate();
            }
        });
        EntityManagerFactory upgraded = service.open(unit(2, upperCase));

        assertEquals(List.of("LOWER CASE NOTE"), notes(upgraded));
        assertEquals(OptionalInt.of(2), service.schemaVersion(TestDatabase.UNIT));
        Path backup = onlyChild(workspace.resolve("backups"));
        assertTrue(backup.getFileName().toString().startsWith("before-upgrade-testnotes-v1-v2-"), backup.toString());
        if (TestDatabases.onServer()) {
            TestDatabase.assertServerDumpHolds(backup.resolve(PgDump.FILE_NAME), "TEST_NOTE");
        } else {
            assertTrue(Files.isRegularFile(backup.resolve("db/service.properties")), "a complete Derby backup");
        }
    }

    @Test
    void aFailedUpgradeLeavesTheOldVersionAndNamesTheStepAndTheBackup() {
        service = serviceIn(workspace);
        addNotes(service.open(unit(1)), "kept as it was");
        service.deactivate();

        service = serviceIn(workspace);
        SchemaMigration broken = new SchemaMigration(2, "split the text column", c -> {
            throw new SQLException("column TEXT2 does not exist");
        });
        DatabaseException e = assertThrows(DatabaseException.class, () -> service.open(unit(2, broken)));

        assertEquals(Reason.UPGRADE_FAILED, e.reason());
        assertTrue(e.getMessage().contains("from schema version 1 to 2 failed at step 2 (split the text column)"), e.getMessage());
        assertTrue(e.getMessage().contains(workspace.resolve("backups").toString()), e.getMessage());
        assertEquals(OptionalInt.of(1), service.schemaVersion(TestDatabase.UNIT));
        assertEquals(List.of("kept as it was"), notes(service.open(unit(1))));
    }

    @Test
    void aNewerSchemaIsRefusedWithBothVersionsNamed() {
        service = serviceIn(workspace);
        service.open(unit(3));
        service.deactivate();

        service = serviceIn(workspace);
        DatabaseException e = assertThrows(DatabaseException.class, () -> service.open(unit(1)));

        assertEquals(Reason.NEWER_SCHEMA, e.reason());
        assertTrue(e.getMessage().contains("schema version 3"), e.getMessage());
        assertTrue(e.getMessage().contains("supports up to version 1"), e.getMessage());
        assertEquals(OptionalInt.of(3), service.schemaVersion(TestDatabase.UNIT), "the database is left untouched");
    }

    @Test
    void backupAndRestoreRoundTrip() throws IOException {
        assumeFalse(TestDatabases.onServer(), "Derby's own backup and restore; a server database is restored with"
                + " pg_restore (ServerDatabaseTest)");
        service = serviceIn(workspace);
        EntityManagerFactory emf = service.open(unit(1));
        addNotes(emf, "before the backup");
        Path copy = service.backup(elsewhere.resolve("monday"));
        addNotes(emf, "after the backup");
        service.deactivate();

        service = serviceIn(workspace);
        Path safety = service.restore(elsewhere.resolve("monday"));

        assertEquals(elsewhere.resolve("monday/db"), copy);
        assertNotNull(safety, "the replaced database is kept");
        assertTrue(Files.isRegularFile(safety.resolve("service.properties")), "a complete copy in " + safety);
        assertEquals(List.of("before the backup"), notes(service.open(unit(1))));
    }

    @Test
    void restoreIsRefusedWhileAUnitIsOpenAndForAFolderThatIsNoBackup() throws IOException {
        assumeFalse(TestDatabases.onServer(), "only an embedded database is restored by Rapport (ServerDatabaseTest)");
        service = serviceIn(workspace);
        service.open(unit(1));
        DatabaseException open = assertThrows(DatabaseException.class, () -> service.restore(elsewhere));
        assertEquals(Reason.IN_USE, open.reason());
        service.deactivate();

        service = serviceIn(workspace);
        Files.writeString(elsewhere.resolve("notes.txt"), "not a database");
        DatabaseException notABackup = assertThrows(DatabaseException.class, () -> service.restore(elsewhere));
        assertTrue(notABackup.getMessage().contains("is not a Rapport database backup"), notABackup.getMessage());
    }

    private static Path onlyChild(Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            List<Path> all = children.toList();
            assertEquals(1, all.size(), "one automatic backup in " + dir + ": " + all);
            return all.get(0);
        }
    }
}
