package org.rapport.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.rapport.persistence.PersistenceUnitSpec;
import org.rapport.persistence.SchemaMigration;
import org.rapport.testing.TestDatabases;

/**
 * A real database service for a test's temp workspace, and the test unit's notes: embedded Derby in the workspace, or,
 * when the suite runs on PostgreSQL, {@linkplain TestDatabases#serverDatabaseOf(Path) the workspace's database on the
 * test server}, so that closing and opening the workspace's database again finds the same data on both.
 */
final class TestDatabase {

    static final String UNIT = "testnotes";

    private TestDatabase() {
    }

    /** A new service on the workspace's database (the same database each time for the same workspace). */
    static RapportDatabaseService serviceIn(Path workspace) {
        DatabaseSettings settings = settingsFor(workspace);
        return new RapportDatabaseService(() -> settings);
    }

    /** Embedded Derby in {@code workspace/db}, or the workspace's database on the test server. */
    static DatabaseSettings settingsFor(Path workspace) {
        Path absolute = workspace.toAbsolutePath().normalize();
        return TestDatabases.serverDatabaseOf(absolute)
                .map(server -> new DatabaseSettings(server.url(), server.user(), server.password(),
                        absolute.resolve("backups")))
                .orElseGet(() -> DatabaseSettings.embeddedIn(workspace));
    }

    /** Plain JDBC on the workspace's database, for changes behind the units' back. */
    static JdbcAccess jdbc(Path workspace) {
        return new JdbcAccess(settingsFor(workspace));
    }

    /** Runs statements on the workspace's database, outside any unit. */
    static void execute(Path workspace, String... statements) throws SQLException {
        try (Connection c = jdbc(workspace).connect(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.executeUpdate(statement);
            }
        }
    }

    /**
     * Asserts that a pg_dump file is there, not empty, and that {@code pg_restore --list} reads it and finds the table
     * (as PostgreSQL names it, in lower case) in it.
     */
    static void assertServerDumpHolds(Path dump, String table) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(dump) && Files.size(dump) > 0, "a pg_dump file in " + dump);
        Path pgRestore = PgDump.locate().orElseThrow().resolveSibling("pg_restore");
        Process list = new ProcessBuilder(pgRestore.toString(), "--list", dump.toString()).redirectErrorStream(true)
                .start();
        String contents = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, list.waitFor(), contents);
        assertTrue(contents.contains(" TABLE public " + table.toLowerCase(Locale.ROOT) + " "),
                "pg_restore finds the table " + table + " in the dump: " + contents);
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
