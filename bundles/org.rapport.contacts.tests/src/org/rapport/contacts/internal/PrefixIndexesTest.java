package org.rapport.contacts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.contacts.ContactQuery;
import org.rapport.contacts.PersonRow;
import org.rapport.contacts.model.Person;
import org.rapport.testing.TestDatabases;

/**
 * The contacts filter box on PostgreSQL: a filter by name or email prefix reads indexes built for {@code LIKE} (with
 * {@code varchar_pattern_ops}) in a database whose collation is not {@code C} (here {@code en-US}), instead of
 * scanning everyone; new and upgraded databases get them, Derby (whose plain indexes serve a prefix) none. Prints the
 * first-page latency of prefix filters over 200,000 people without and with them.
 */
class PrefixIndexesTest {

    private static final int PEOPLE = 200_000;
    private static final int PAGE = 50;

    @TempDir
    Path temp;

    @Test
    void postgreSqlGetsThePrefixIndexesInANewAndInAnUpgradedDatabaseAndDerbyNeedsNone() throws Exception {
        Path workspace = temp.resolve("workspace");
        List<Boolean> expected = Arrays.asList(new Boolean[3]);
        expected.replaceAll(none -> TestDatabases.onServer());
        try (TestContacts v3 = new TestContacts(workspace)) {
            v3.contacts.save(new Person("Grace", "Hopper"));
            assertEquals(expected, present(v3), "a new database");
            inTransaction(v3, c -> {
                try (Statement s = c.createStatement()) {
                    for (String index : PrefixIndexes.names()) {
                        if (TestDatabases.onServer()) {
                            s.executeUpdate("DROP INDEX " + index);
                        }
                    }
                    s.executeUpdate("UPDATE RAPPORT_SCHEMA SET SCHEMA_VERSION = 3, TABLES_VERSION = 3"
                            + " WHERE UNIT_NAME = 'contacts'");
                }
            });
            assertEquals(List.of(false, false, false), present(v3), "the database is as version 3 left it");
        }

        try (TestContacts upgraded = new TestContacts(workspace)) {
            assertEquals(expected, present(upgraded), "the upgrade made them");
            assertEquals(List.of("Grace Hopper"), upgraded.contacts.page(ContactQuery.ALL.withPrefix("hop"), 0, PAGE)
                    .stream().map(PersonRow::displayName).toList());
        }
        try (var backups = Files.list(workspace.resolve("backups"))) {
            assertTrue(backups.anyMatch(b -> b.getFileName().toString().contains("contacts-v3-v4")),
                    "backed up before the upgrade");
        }
    }

    @Test
    void onPostgreSqlAFilteredListOf200kPeopleReadsThePrefixIndexesNotEveryone() throws Exception {
        assumeTrue(TestDatabases.onServer(), "query plans and collations of PostgreSQL");
        Path workspace = temp.resolve("en-us");
        String collation = enUsDatabase(workspace);
        List<ContactQuery> filters = List.of(ContactQuery.ALL.withPrefix("ab"), ContactQuery.ALL.withPrefix("abc"),
                ContactQuery.ALL.withPrefix("grace."), ContactQuery.ALL.withPrefix("zz-nobody"));
        try (TestContacts test = new TestContacts(workspace)) {
            long start = System.nanoTime();
            insertPeople(test);
            System.out.printf("PrefixIndexesTest: %,d people in a database with collation %s (%d ms to insert)%n",
                    PEOPLE, collation, (System.nanoTime() - start) / 1_000_000);
            assertEquals(List.of(true, true, true), present(test), "a new database gets them, whatever its collation");

            inTransaction(test, c -> {
                try (Statement s = c.createStatement()) {
                    for (String index : PrefixIndexes.names()) {
                        s.executeUpdate("DROP INDEX " + index); // as a database of schema version 3 is
                    }
                }
            });
            String planWithout = plan(test, filters.get(1));
            List<List<String>> pagesWithout = firstPages(test, filters);
            double[] millisWithout = firstPageMillis(test, filters);

            inTransaction(test, PrefixIndexes::create);
            String planWith = plan(test, filters.get(1));
            List<List<String>> pagesWith = firstPages(test, filters);
            double[] millisWith = firstPageMillis(test, filters);

            for (int i = 0; i < filters.size(); i++) {
                System.out.printf("PrefixIndexesTest: first page of filter '%s' (%d people match): %.2f ms without"
                        + " the prefix indexes, %.2f ms with them%n", filters.get(i).prefix(),
                        test.contacts.count(filters.get(i)), millisWithout[i], millisWith[i]);
            }
            System.out.println("PrefixIndexesTest: plan without:\n" + planWithout + "\nplan with:\n" + planWith);
            String without = planWithout.toLowerCase(Locale.ROOT);
            String with = planWith.toLowerCase(Locale.ROOT);
            assertFalse(without.contains("_pattern"), planWithout);
            assertTrue(without.contains("seq scan on contact_person"), "without them PostgreSQL reads everyone:\n"
                    + planWithout);
            assertTrue(with.contains("ix_person_sort_name_pattern") && with.contains("ix_person_email_pattern"),
                    "the filter reads both prefix indexes:\n" + planWith);
            assertFalse(with.contains("seq scan"), planWith);
            assertEquals(pagesWithout, pagesWith, "the same people either way");
            assertEquals(PAGE, pagesWith.get(0).size());
            assertEquals(List.of(), pagesWith.get(3));
        }
    }

    /** A new database on the test server whose collation is {@code en_US.UTF-8}, or ICU's {@code en-US} without it. */
    private static String enUsDatabase(Path workspace) throws SQLException, IOException {
        String name = "t_en_us_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String server = System.getProperty(TestDatabases.SERVER).replaceAll("/+$", "");
        Properties login = new Properties();
        login.setProperty("user", TestDatabases.user());
        login.setProperty("password", TestDatabases.password());
        String collation;
        try (Connection c = new org.postgresql.Driver().connect(server + "/postgres", login);
                Statement s = c.createStatement()) {
            try {
                s.executeUpdate("CREATE DATABASE " + name + " TEMPLATE template0 LC_COLLATE 'en_US.UTF-8'"
                        + " LC_CTYPE 'en_US.UTF-8'");
                collation = "en_US.UTF-8";
            } catch (SQLException noSuchLocale) {
                // this machine has no en_US.UTF-8 locale: ICU's collation of the same language does as well
                s.executeUpdate("CREATE DATABASE " + name + " TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US'"
                        + " LOCALE 'C.UTF-8'");
                collation = "ICU en-US (no en_US.UTF-8 locale installed)";
            }
        }
        Properties database = new Properties();
        database.setProperty("url", server + "/" + name);
        database.setProperty("user", TestDatabases.user());
        database.setProperty("password", TestDatabases.password());
        Files.createDirectories(workspace);
        try (Writer out = Files.newBufferedWriter(workspace.resolve("test-server-database.properties"))) {
            database.store(out, "the test server database of this workspace");
        }
        return collation;
    }

    /** Everyone at once on the server: last names from hex digits, ten first names, emails of the first name. */
    private static void insertPeople(TestContacts test) {
        test.contacts.count(ContactQuery.ALL); // opens the unit: its tables and indexes
        inTransaction(test, c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO CONTACT_PERSON (ID, VERSION, FIRST_NAME, LAST_NAME, SORT_NAME, PRIMARY_EMAIL,"
                        + " CITY, ORGANIZATION_NAME, OWNER, MARKETING_OPT_IN) SELECT g + 1000000, 1, f.name,"
                        + " initcap(substr(md5(g::text), 1, 7)), lower(substr(md5(g::text), 1, 7) || ' ' || f.name),"
                        + " lower(f.name) || '.' || g || '@example.org', 'Springfield', '', '', false"
                        + " FROM generate_series(1, " + PEOPLE + ") g JOIN (SELECT * FROM unnest(ARRAY['Ada', 'Grace',"
                        + " 'Linus', 'Alan', 'Lou', 'Barbara', 'Edsger', 'Donald', 'Margaret', 'Ken'])"
                        + " WITH ORDINALITY AS n(name, k)) f ON f.k = 1 + g % 10");
                s.execute("ANALYZE CONTACT_PERSON");
            }
        });
    }

    /** The query plan of the first page of a filtered list, as the list reads it. */
    private static String plan(TestContacts test, ContactQuery filter) {
        List<String> lines = new ArrayList<>();
        inTransaction(test, c -> {
            try (PreparedStatement s = c.prepareStatement("EXPLAIN " + ListQueries.pageSql(filter))) {
                String pattern = JpaContactService.escapeLike(filter.prefix()) + "%";
                s.setString(1, pattern);
                s.setString(2, pattern);
                s.setInt(3, 0);
                s.setInt(4, PAGE);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        lines.add(r.getString(1));
                    }
                }
            }
        });
        return String.join("\n", lines);
    }

    private static List<List<String>> firstPages(TestContacts test, List<ContactQuery> filters) {
        return filters.stream().map(f -> test.contacts.page(f, 0, PAGE).stream().map(PersonRow::displayName).toList())
                .toList();
    }

    /** The median time of the first page of each filter (the list's first rows), after a warm-up. */
    private static double[] firstPageMillis(TestContacts test, List<ContactQuery> filters) {
        double[] medians = new double[filters.size()];
        for (int i = 0; i < filters.size(); i++) {
            double[] runs = new double[7];
            for (int run = -2; run < runs.length; run++) {
                long start = System.nanoTime();
                test.contacts.page(filters.get(i), 0, PAGE);
                if (run >= 0) {
                    runs[run] = (System.nanoTime() - start) / 1e6;
                }
            }
            Arrays.sort(runs);
            medians[i] = runs[runs.length / 2];
        }
        return medians;
    }

    private static List<Boolean> present(TestContacts test) {
        List<Boolean> found = new ArrayList<>();
        inTransaction(test, c -> {
            for (String index : PrefixIndexes.names()) {
                String table = index.startsWith("IX_PERSON") ? "CONTACT_PERSON" : "CONTACT_ORGANIZATION";
                found.add(PersonListIndexes.exists(c.getMetaData(), table, index));
            }
        });
        return found;
    }

    /** Work on the unit's JDBC connection. */
    private interface Work {
        void run(Connection c) throws SQLException;
    }

    private static void inTransaction(TestContacts test, Work work) {
        EntityManager em = test.unit.createEntityManager();
        try {
            em.getTransaction().begin();
            work.run(em.unwrap(Connection.class));
            em.getTransaction().commit();
        } catch (SQLException e) {
            throw new AssertionError(e);
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
