package org.rapport.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.persistence.access.TestTask;

/**
 * Tables and sequences of a unit on a real embedded Derby or PostgreSQL: created for a fresh workspace, extended after an upgrade,
 * and never with EclipseLink warnings (each used to print a failed {@code CREATE SEQUENCE} with its SQL).
 */
class TableGenerationTest {

    @TempDir
    Path workspace;

    private RapportDatabaseService service;

    @BeforeEach
    void recordEclipseLinkWarnings() {
        RecordingSessionLog.start();
    }

    @AfterEach
    void stop() {
        RecordingSessionLog.stop();
        if (service != null) {
            service.deactivate();
        }
    }

    @Test
    void aFreshWorkspaceGetsItsTablesAndSequencesWithoutWarnings() throws SQLException {
        service = TestDatabase.serviceIn(workspace);
        EntityManagerFactory emf = service.open(TestTask.unit(1));

        assertEquals(List.of(1L, 2L), insert(emf, "first", "second"), "ids come from the new sequence");
        assertTrue(sequences().contains("TEST_TASK_SEQ"), sequences().toString());
        assertEquals(List.of(), RecordingSessionLog.problems());
    }

    @Test
    void openingAUnitAgainLogsNoWarning() throws SQLException {
        service = TestDatabase.serviceIn(workspace);
        insert(service.open(TestTask.unit(1)), "before");
        service.deactivate();

        service = TestDatabase.serviceIn(workspace);
        List<Long> ids = insert(service.open(TestTask.unit(1)), "after");

        assertTrue(ids.get(0) > 1, "the sequence went on where it was: " + ids);
        assertEquals(List.of(), RecordingSessionLog.problems());
    }

    @Test
    void anUpgradedUnitGetsItsMissingColumnsAndKeepsItsSequence() throws SQLException {
        service = TestDatabase.serviceIn(workspace);
        insert(service.open(TestTask.unit(1)), "written by the older build");
        service.deactivate();
        TestDatabase.execute(workspace, "ALTER TABLE TEST_TASK DROP COLUMN UPDATED_BY"); // the older build had no such column

        service = TestDatabase.serviceIn(workspace);
        EntityManagerFactory upgraded = service.open(TestTask.unit(2));
        List<Long> ids = insert(upgraded, "written by the newer build");

        assertTrue(ids.get(0) > 1, "the sequence was kept, not created again: " + ids);
        assertEquals(List.of("written by the older build", "written by the newer build"), titles(upgraded));
        assertEquals(1, count("SELECT COUNT(*) FROM TEST_TASK WHERE UPDATED_BY IS NOT NULL"), "the column is back");
        assertEquals(List.of(), RecordingSessionLog.problems());
    }

    private static List<Long> insert(EntityManagerFactory emf, String... titles) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            List<TestTask> tasks = Stream.of(titles).map(TestTask::new).toList();
            tasks.forEach(em::persist);
            em.getTransaction().commit();
            return tasks.stream().map(TestTask::id).toList();
        } finally {
            em.close();
        }
    }

    private static List<String> titles(EntityManagerFactory emf) {
        EntityManager em = emf.createEntityManager();
        try {
            return em.createQuery("SELECT t FROM TestTask t ORDER BY t.id", TestTask.class).getResultList().stream()
                    .map(TestTask::title).toList();
        } finally {
            em.close();
        }
    }

    private List<String> sequences() throws SQLException {
        try (var c = TestDatabase.jdbc(workspace).connect()) {
            return UnitTables.existingSequences(c).stream().sorted().toList();
        }
    }

    private long count(String sql) throws SQLException {
        try (var c = TestDatabase.jdbc(workspace).connect(); var s = c.createStatement(); var r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
