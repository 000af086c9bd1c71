package org.rapport.persistence.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.persistence.StandaloneDatabase;
import org.rapport.testing.TestDatabases;

/** A domain's unit through {@link UnitAccess} on a real embedded Derby or PostgreSQL: opened lazily, reads, writes, audit columns. */
class UnitAccessTest {

    @TempDir
    Path workspace;

    private StandaloneDatabase database;
    private final AtomicInteger firstOpenings = new AtomicInteger();
    private UnitAccess unit;

    @BeforeEach
    void createUnit() {
        database = TestDatabases.create(workspace);
        unit = new UnitAccess(database, TestTask.unit(1), emf -> {
            firstOpenings.incrementAndGet();
            // default records a domain needs, written before any other work sees the unit
            UnitAccess.inTransaction(emf.createEntityManager(), em -> {
                em.persist(new TestTask("Default task"));
                return null;
            });
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theDatabaseIsOpenedOnFirstUseAndTheFirstOpeningHookRunsOnce() throws Exception {
        assertFalse(Files.exists(workspace.resolve("db")), "creating the unit must not touch the database");
        assertEquals(Map.of(), database.info().schemaVersions(), "no unit opened yet");
        assertEquals(0, firstOpenings.get());

        List<CompletableFuture<EntityManagerFactory>> users = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            users.add(CompletableFuture.supplyAsync(unit::emf));
        }
        EntityManagerFactory emf = users.get(0).get();
        for (CompletableFuture<EntityManagerFactory> user : users) {
            assertSame(emf, user.get(), "one factory for every user");
        }

        assertEquals(!TestDatabases.onServer(), Files.isRegularFile(workspace.resolve("db/service.properties")),
                "an embedded database is created in the workspace on first use");
        assertEquals(Map.of(TestTask.UNIT, 1), database.info().schemaVersions(), "the unit was opened");
        assertEquals(1, firstOpenings.get(), "the hook runs once, however many threads open the unit");
        assertEquals(List.of("Default task"), titles());
        assertEquals(TestTask.UNIT, unit.unitName());
    }

    @Test
    void aWriteThatThrowsIsRolledBack() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> unit.write(em -> {
            em.persist(new TestTask("Half-done task"));
            em.flush(); // the row reaches the database inside the transaction
            throw new IllegalStateException("refused after the insert");
        }));

        assertEquals("refused after the insert", refused.getMessage());
        assertEquals(List.of("Default task"), titles(), "nothing of the failed write is kept");
        long saved = unit.write(em -> {
            TestTask task = new TestTask("Next task");
            em.persist(task);
            return task.id();
        });
        assertTrue(saved > 0, "the unit still writes after a failed write");
        assertEquals(List.of("Default task", "Next task"), titles());
    }

    @Test
    void writesFillTheAuditColumns() {
        Instant before = Instant.now();
        long id = unit.write(em -> {
            TestTask task = new TestTask("Call Ada");
            em.persist(task);
            return task.id();
        });
        TestTask created = find(id);

        assertEquals(1, created.getVersion());
        assertEquals(Audited.currentUser(unit.emf()), created.getCreatedBy());
        assertEquals(Audited.currentUser(unit.emf()), created.getUpdatedBy());
        assertNotNull(created.getCreatedAt());
        assertFalse(created.getCreatedAt().isBefore(before.minusSeconds(1)), created.getCreatedAt().toString());
        assertEquals(created.getCreatedAt(), created.getUpdatedAt(), "a new record was last saved when it was created");

        unit.write(em -> {
            em.find(TestTask.class, id).setTitle("Call Ada back");
            return null;
        });
        TestTask updated = find(id);

        assertEquals("Call Ada back", updated.title());
        assertEquals(2, updated.getVersion(), "the optimistic lock counts the update");
        assertEquals(created.getCreatedAt(), updated.getCreatedAt(), "the creation stays as it was");
        assertFalse(updated.getUpdatedAt().isBefore(created.getUpdatedAt()));
    }

    @Test
    void aBackDatedCreationIsKept() {
        Instant lastYear = Instant.parse("2025-03-01T10:00:00Z");
        long id = unit.write(em -> {
            TestTask imported = new TestTask("Imported from history");
            imported.setCreatedAt(lastYear);
            em.persist(imported);
            return imported.id();
        });

        assertEquals(lastYear, find(id).getCreatedAt());
        assertEquals(lastYear, find(id).getUpdatedAt());
    }

    private TestTask find(long id) {
        return unit.read(em -> em.find(TestTask.class, id));
    }

    private List<String> titles() {
        return unit.read((EntityManager em) -> em.createQuery("SELECT t FROM TestTask t ORDER BY t.id", TestTask.class)
                .getResultList().stream().map(TestTask::title).toList());
    }
}
