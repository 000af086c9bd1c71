package org.rapport.persistence.internal;

import java.nio.file.Path;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.rapport.persistence.PersistenceUnitSpec;
import org.rapport.persistence.SchemaMigration;
import org.rapport.testing.TestDatabases;

/** A real database service on embedded Derby in a test's temp workspace, and the test unit's notes. */
final class TestDatabase {

    static final String UNIT = "testnotes";

    private TestDatabase() {
    }

    /** Embedded Derby in the workspace, or a new database on the test server when the suite runs on PostgreSQL. */
    static RapportDatabaseService serviceIn(Path workspace) {
        if (TestDatabases.onServer()) {
            return RapportDatabaseService.onServer(TestDatabases.createServerDatabase(), TestDatabases.user(),
                    TestDatabases.password(), workspace);
        }
        return new RapportDatabaseService(() -> DatabaseSettings.embeddedIn(workspace));
    }

    static PersistenceUnitSpec unit(int version, SchemaMigration... migrations) {
        return new PersistenceUnitSpec(UNIT, TestNote.class.getClassLoader(), version, List.of(migrations));
    }

    static void addNotes(EntityManagerFactory emf, String... texts) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            for (String text : texts) {
                em.persist(new TestNote(text));
            }
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }

    static List<String> notes(EntityManagerFactory emf) {
        EntityManager em = emf.createEntityManager();
        try {
            return em.createQuery("SELECT n FROM TestNote n ORDER BY n.id", TestNote.class).getResultList().stream()
                    .map(TestNote::text).toList();
        } finally {
            em.close();
        }
    }
}
