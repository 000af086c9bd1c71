package org.rapport.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.prefs.BackingStoreException;
import org.rapport.core.demo.DemoDataService;
import org.rapport.persistence.DatabaseAdmin;
import org.rapport.persistence.MigrationReport;
import org.rapport.testing.Osgi;
import org.rapport.testing.TestDatabases;

/**
 * {@code rapport-cli db migrate --to JDBC_URL}: a laptop's embedded Derby with the demo data of the installed domains
 * (contacts and the pipeline here) is copied into an empty database on the PostgreSQL test server, and the team works
 * on there: every table has the same rows, deals and activities still point at their people, the next new person gets
 * a fresh id, and a second copy into the same database is refused. A copy killed half-way keeps Rapport off the
 * target until it is started over.
 */
class DbMigrateTest {

    private static final String[] SETTINGS = { DatabaseSwitch.URL_PROPERTY, DatabaseSwitch.USER_PROPERTY,
            DatabaseSwitch.PASSWORD_PROPERTY };

    @TempDir
    Path temp;
    private final Map<String, String> saved = new LinkedHashMap<>();
    private DatabaseComponent database;
    private String laptop;

    /** The runtime's database service on a new embedded Derby, as on a rep's laptop, with the demo data in it. */
    @BeforeEach
    void laptopWithDemoData() throws BackingStoreException {
        assumeTrue(TestDatabases.onServer(), "needs the PostgreSQL test server (-Drapport.test.db.server)");
        laptop = "jdbc:derby:" + temp.resolve("laptop/db");
        for (String setting : SETTINGS) {
            saved.put(setting, System.getProperty(setting));
            System.clearProperty(setting);
        }
        System.setProperty(DatabaseSwitch.URL_PROPERTY, laptop);
        database = new DatabaseComponent(FrameworkUtil.getBundle(DbMigrateTest.class).getBundleContext());
        database.restart();
        forgetLoadedDemoData(); // the workspace's record of it; each test's laptop database is a new one
        assertTrue(Osgi.service(DemoDataService.class).loadWhereEmpty(new NullProgressMonitor()).contains("pipeline"),
                "the pipeline's demo deals are loaded");
    }

    private static void forgetLoadedDemoData() throws BackingStoreException {
        IEclipsePreferences core = InstanceScope.INSTANCE.getNode("org.rapport.core");
        for (String key : core.keys()) {
            if (key.startsWith("demoData.loaded.")) {
                core.remove(key);
            }
        }
        core.flush();
    }

    @AfterEach
    void backToTheWorkspaceDatabase() {
        if (database == null) {
            return;
        }
        saved.forEach((setting, value) -> {
            if (value == null) {
                System.clearProperty(setting);
            } else {
                System.setProperty(setting, value);
            }
        });
        database.restart();
        database.close();
    }

    @Test
    void copiesEveryTableWithItsIdsAndLinksAndTheServerGoesOnFromThere() throws Exception {
        String server = TestDatabases.createServerDatabase();
        CliRun cli = new CliRun(Map.of("RAPPORT_DB_PASSWORD", TestDatabases.password()));

        long start = System.nanoTime();
        assertEquals(0, cli.run("db", "migrate", "--to", server, "--db-user", TestDatabases.user()), cli.stderr());
        System.out.printf("db migrate of the demo data: %d ms%n%s", (System.nanoTime() - start) / 1_000_000, cli.stdout());

        Map<String, Long> onLaptop;
        Map<String, Long> onServer;
        try (Connection derby = Databases.derby(laptop); Connection postgres = Databases.postgres(server)) {
            onLaptop = rowCounts(derby);
            onServer = rowCounts(postgres);
            assertTrue(onLaptop.get("CONTACT_PERSON") > 100 && onLaptop.get("PL_OPPORTUNITY") > 10, onLaptop.toString());
            assertEquals(onLaptop, onServer, "every table has the same number of rows");
            String dealsOfPeople = "SELECT COUNT(*) FROM PL_OPPORTUNITY o JOIN CONTACT_PERSON p ON o.PERSON_ID = p.ID";
            assertTrue(Databases.count(derby, dealsOfPeople) > 10, "demo deals belong to people");
            assertEquals(Databases.count(derby, dealsOfPeople), Databases.count(postgres, dealsOfPeople),
                    "every deal still points at its person");
            String timeline = "SELECT COUNT(*) FROM PL_ACTIVITY a JOIN CONTACT_PERSON p ON a.PERSON_ID = p.ID";
            assertEquals(Databases.count(derby, timeline), Databases.count(postgres, timeline),
                    "every activity in a person's timeline still points at the person");
            String sameDeal = "SELECT COUNT(*) FROM PL_OPPORTUNITY WHERE ID = (SELECT MIN(ID) FROM PL_OPPORTUNITY)"
                    + " AND PERSON_ID = " + Databases.count(derby,
                            "SELECT PERSON_ID FROM PL_OPPORTUNITY WHERE ID = (SELECT MIN(ID) FROM PL_OPPORTUNITY)");
            assertEquals(1, Databases.count(postgres, sameDeal), "the first deal keeps its id and its person");
        }
        assertTrue(cli.stdout().contains(String.format("%-32s %,12d rows", "CONTACT_PERSON", onLaptop.get("CONTACT_PERSON"))),
                "the counts are printed per table:\n" + cli.stdout());

        Path card = Files.writeString(temp.resolve("new.vcf"), "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Nora Newhire\r\n"
                + "N:Newhire;Nora;;;\r\nEMAIL:nora.newhire@example.org\r\nEND:VCARD\r\n");
        assertEquals(0, cli.run("--db", server, "--db-user", TestDatabases.user(), "import", card.toString()),
                "a person added on the server after the copy gets an id of her own:\n" + cli.stderr());
        try (Connection postgres = Databases.postgres(server)) {
            assertEquals(onLaptop.get("CONTACT_PERSON") + 1, Databases.count(postgres, "SELECT COUNT(*) FROM CONTACT_PERSON"));
        }

        assertEquals(1, cli.run("db", "migrate", "--to", server, "--db-user", TestDatabases.user()));
        assertTrue(cli.stderr().contains("Nothing was copied: the database " + server + " is not empty"), cli.stderr());
        try (Connection postgres = Databases.postgres(server)) {
            assertEquals(onLaptop.get("CONTACT_PERSON") + 1, Databases.count(postgres, "SELECT COUNT(*) FROM CONTACT_PERSON"),
                    "the refused copy left the server's data alone");
        }
    }

    @Test
    void aCopyThatFailsHalfwayLeavesNoRapportDatabaseBehindAndSaysSo() throws Exception {
        String server = TestDatabases.createServerDatabase();
        try (Connection postgres = Databases.postgres(server); Statement s = postgres.createStatement()) {
            // an empty table of a DBA's that no copied person fits into: the copy fails after the tables were created
            s.executeUpdate("CREATE TABLE CONTACT_PERSON (ID BIGINT PRIMARY KEY, BADGE_NUMBER INTEGER NOT NULL)");
        }
        CliRun cli = new CliRun(Map.of("RAPPORT_DB_PASSWORD", TestDatabases.password()));

        assertEquals(1, cli.run("db", "migrate", "--to", server, "--db-user", TestDatabases.user()));

        assertTrue(cli.stderr().contains("Copying this workspace's data to " + server + " failed"), cli.stderr());
        assertTrue(cli.stderr().contains("Nothing was kept in the target"), cli.stderr());
        try (Connection postgres = Databases.postgres(server)) {
            Map<String, Long> left = rowCounts(postgres);
            assertEquals(Map.of("CONTACT_PERSON", 0L), left, "only the DBA's own table is left, empty");
            assertFalse(postgres.getMetaData().getTables(null, null, "rapport_schema", null).next(),
                    "no schema-version table claims a Rapport database");
        }
    }

    @Test
    void whileTheRowsAreCopiedTheTargetIsMarkedAsAnUnfinishedCopyAndAfterwardsItIsNot() throws Exception {
        String server = TestDatabases.createServerDatabase();
        List<String> unmarked = new ArrayList<>();
        List<String> copied = new ArrayList<>();
        // a copy killed at any of these moments would leave the mark behind
        IProgressMonitor watcher = new NullProgressMonitor() {
            @Override
            public void subTask(String name) {
                if (name.startsWith("Copying ") || name.startsWith("Creating ")) {
                    copied.add(name);
                    if (!hasMarker(server)) {
                        unmarked.add(name);
                    }
                }
            }
        };

        MigrationReport report = Osgi.service(DatabaseAdmin.class).migrateTo(server, TestDatabases.user(),
                TestDatabases.password(), watcher);

        assertTrue(copied.size() > 10 && copied.size() > report.rowsPerTable().size(), copied.toString());
        assertEquals(List.of(), unmarked, "the target is marked before its first table is created");
        assertFalse(hasMarker(server), "the mark goes with the copy's last commit");
    }

    @Test
    void aCopyKilledHalfwayKeepsRapportOffTheDatabaseUntilItIsStartedOver() throws Exception {
        String server = TestDatabases.createServerDatabase();
        CliRun cli = new CliRun(Map.of("RAPPORT_DB_PASSWORD", TestDatabases.password()));
        try (Connection postgres = Databases.postgres(server); Statement s = postgres.createStatement()) {
            // what `db migrate` killed with kill -9 leaves: the DBA's own table from before, the mark listing it, and
            // some of the tables with some of their rows
            s.executeUpdate("CREATE TABLE DBA_NOTES (NOTE VARCHAR(100))");
            s.executeUpdate("INSERT INTO DBA_NOTES VALUES ('created for the team by IT')");
            s.executeUpdate("CREATE TABLE RAPPORT_MIGRATION (ENTRY_KEY VARCHAR(300) NOT NULL PRIMARY KEY,"
                    + " ENTRY_VALUE VARCHAR(1000))");
            s.executeUpdate("INSERT INTO RAPPORT_MIGRATION VALUES ('source', '" + laptop + "'),"
                    + " ('started', '2026-12-08T01:00:00Z'), ('kept:DBA_NOTES', NULL)");
            s.executeUpdate("CREATE TABLE RAPPORT_SCHEMA (UNIT_NAME VARCHAR(64) NOT NULL PRIMARY KEY,"
                    + " SCHEMA_VERSION INTEGER NOT NULL, UPDATED_AT TIMESTAMP NOT NULL, TABLES_VERSION INTEGER)");
            s.executeUpdate("INSERT INTO RAPPORT_SCHEMA VALUES ('contacts', 3, CURRENT_TIMESTAMP, 3)");
            s.executeUpdate("CREATE TABLE CONTACT_PERSON (ID BIGINT PRIMARY KEY, SORT_NAME VARCHAR(201))");
            s.executeUpdate("INSERT INTO CONTACT_PERSON VALUES (1, 'half, copied')");
            s.executeUpdate("CREATE SEQUENCE CONTACT_PERSON_SEQ");
        }
        Path card = Files.writeString(temp.resolve("new.vcf"), "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Nora Newhire\r\n"
                + "N:Newhire;Nora;;;\r\nEND:VCARD\r\n");

        assertEquals(1, cli.run("--db", server, "--db-user", TestDatabases.user(), "import", card.toString()));
        assertTrue(cli.stderr().contains("Rapport does not open " + server + ": it holds an unfinished copy of Rapport"
                + " data (from " + laptop + ", started 2026-12-08T01:00:00Z"), cli.stderr());
        assertTrue(cli.stderr().contains("rapport-cli db migrate --to " + server + " --restart"), cli.stderr());

        assertEquals(1, cli.run("db", "migrate", "--to", server, "--db-user", TestDatabases.user()));
        assertTrue(cli.stderr().contains("Nothing was copied: the database " + server + " holds an unfinished copy"),
                cli.stderr());
        assertTrue(cli.stderr().contains("--restart"), "says how to start over: " + cli.stderr());
        try (Connection postgres = Databases.postgres(server)) {
            assertEquals(1, Databases.count(postgres, "SELECT COUNT(*) FROM CONTACT_PERSON"), "nothing was touched");
        }

        assertEquals(0, cli.run("db", "migrate", "--to", server, "--db-user", TestDatabases.user(), "--restart"),
                cli.stderr());

        try (Connection derby = Databases.derby(laptop); Connection postgres = Databases.postgres(server)) {
            Map<String, Long> onServer = rowCounts(postgres);
            assertEquals(List.of("created for the team by IT"), notes(postgres), "the DBA's table from before stays");
            onServer.remove("DBA_NOTES");
            assertEquals(rowCounts(derby), onServer, "a whole copy, the mark gone");
        }
        assertEquals(0, cli.run("--db", server, "--db-user", TestDatabases.user(), "import", card.toString()),
                "the team can work on the copy:\n" + cli.stderr());
    }

    private static List<String> notes(Connection c) throws SQLException {
        List<String> notes = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT NOTE FROM DBA_NOTES")) {
            while (r.next()) {
                notes.add(r.getString(1));
            }
        }
        return notes;
    }

    private static boolean hasMarker(String server) {
        try (Connection postgres = Databases.postgres(server);
                ResultSet r = postgres.getMetaData().getTables(null, null, "rapport_migration", null)) {
            return r.next();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows per table of the connection's schema (upper-case names), Rapport's schema-version table left out. */
    private static Map<String, Long> rowCounts(Connection c) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (ResultSet r = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] { "TABLE" })) {
            while (r.next()) {
                String table = r.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
                if (!table.equals("RAPPORT_SCHEMA")) {
                    counts.put(table, 0L);
                }
            }
        }
        for (Map.Entry<String, Long> table : counts.entrySet()) {
            table.setValue(Databases.count(c, "SELECT COUNT(*) FROM " + table.getKey()));
        }
        return counts;
    }
}
