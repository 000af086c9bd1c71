package org.rapport.contacts.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.eclipse.core.runtime.ILog;
import org.rapport.persistence.SchemaMigration;

/**
 * Schema version 4: on PostgreSQL, the indexes a filter by prefix ({@code LIKE 'lov%'}, the contacts list's filter box
 * and the organization picker) can use. PostgreSQL uses a plain btree index for {@code LIKE} only in a database whose
 * collation is {@code C} or {@code POSIX}; under any other ({@code en_US.UTF-8}, an ICU locale, even Debian's default
 * {@code C.UTF-8}) it scans the whole table, for every key typed. An index with {@code varchar_pattern_ops} compares
 * characters byte-wise, which is what a prefix needs; the filtered columns are already lower case. Derby uses its
 * plain indexes for a prefix, so it gets none (and neither does a {@code C} database, where they would only slow
 * imports down).
 * <p>
 * The upgrade to version 4 creates them in an existing database; a new database (or one a laptop's data was copied
 * into) gets them when the unit is first opened, after its tables were generated.
 */
final class PrefixIndexes {

    /** Index, table, column: names are constants, never input. */
    private static final List<String[]> INDEXES = List.of(
            new String[] { "IX_PERSON_SORT_NAME_PATTERN", "CONTACT_PERSON", "SORT_NAME" },
            new String[] { "IX_PERSON_EMAIL_PATTERN", "CONTACT_PERSON", "PRIMARY_EMAIL" },
            new String[] { "IX_ORGANIZATION_SORT_NAME_PATTERN", "CONTACT_ORGANIZATION", "SORT_NAME" });

    private PrefixIndexes() {
    }

    /** The step from version 3 to 4. */
    static SchemaMigration migration() {
        return new SchemaMigration(4, "on PostgreSQL, index the name and email prefixes the contacts filter reads",
                PrefixIndexes::create);
    }

    /**
     * After the unit opened: creates what a new database lacks. A failure is logged, not thrown: without the indexes
     * the filter is slow, not wrong (and a second Rapport creating them at the same moment is no failure at all).
     */
    static void ensure(EntityManagerFactory emf) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin(); // EclipseLink hands out its connection only inside a transaction
            create(em.unwrap(Connection.class));
            em.getTransaction().commit();
        } catch (SQLException | RuntimeException e) {
            ILog.of(PrefixIndexes.class).warn("The prefix indexes of the contacts filter could not be created; the"
                    + " filter reads whole tables until they are (" + e.getMessage() + ")", e);
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** Creates the indexes that are missing where they are needed. */
    static void create(Connection c) throws SQLException {
        if (!needed(c)) {
            return;
        }
        try (Statement s = c.createStatement()) {
            for (String[] index : INDEXES) {
                if (!PersonListIndexes.exists(c.getMetaData(), index[1], index[0])) {
                    s.execute("CREATE INDEX IF NOT EXISTS " + index[0] + " ON " + index[1] + " (" + index[2]
                            + " varchar_pattern_ops, ID)");
                }
            }
        }
    }

    /** Whether the database is PostgreSQL with a collation under which a plain index serves no {@code LIKE}. */
    static boolean needed(Connection c) throws SQLException {
        if (!"PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
            return false;
        }
        // every column: datlocprovider (libc or ICU) is there since PostgreSQL 15 only
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT * FROM pg_database WHERE datname = current_database()")) {
            if (!r.next()) {
                return true;
            }
            boolean libc = true;
            for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                if (r.getMetaData().getColumnName(i).equals("datlocprovider")) {
                    libc = "c".equals(r.getString(i));
                }
            }
            return !(libc && List.of("C", "POSIX").contains(r.getString("datcollate")));
        }
    }

    /** Index names, for tests. */
    static List<String> names() {
        return INDEXES.stream().map(index -> index[0]).toList();
    }
}
