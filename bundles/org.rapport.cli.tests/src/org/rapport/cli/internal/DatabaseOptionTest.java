package org.rapport.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.testing.TestDatabases;

/**
 * {@code --db JDBC_URL [--db-user USER]} on rapport-cli's commands, as a script uses them against a team's PostgreSQL
 * server (the test server of {@code releng/scripts/postgres-test-server.sh}): the chosen database is used for the run
 * only, and a server that cannot be used is one line on standard error and exit code 5.
 */
class DatabaseOptionTest {

    private static final String NEEDS_SERVER = "needs the PostgreSQL test server (-Drapport.test.db.server)";

    @TempDir
    Path temp;

    @Test
    void aDomainCommandAndInfoWorkOnTheServerChosenWithDbAndTheWorkspaceIsUntouched() throws IOException {
        assumeTrue(TestDatabases.onServer(), NEEDS_SERVER);
        String server = TestDatabases.createServerDatabase();
        Path card = Files.writeString(temp.resolve("ada.vcf"), "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada Serverside\r\n"
                + "N:Serverside;Ada;;;\r\nEMAIL:ada.serverside@example.org\r\nEND:VCARD\r\n");
        CliRun cli = new CliRun();

        assertEquals(0, cli.run("--db", server, "--db-user", TestDatabases.user(), "import", card.toString()),
                cli.stderr());
        assertTrue(cli.stdout().contains("created:   1"), cli.stdout());

        assertEquals(0, cli.run("info", "--db", server, "--db-user", TestDatabases.user()), cli.stderr());
        assertTrue(cli.stdout().contains("Database: server database"), cli.stdout());
        assertTrue(cli.stdout().contains("Database location: " + server), cli.stdout());
        assertTrue(cli.stdout().contains("Database engine: PostgreSQL"), cli.stdout());
        assertTrue(cli.stdout().matches("(?s).*Schema version: contacts [0-9]+.*"), cli.stdout());

        Path onServer = temp.resolve("server.vcf");
        assertEquals(0, cli.run("export", onServer.toString(), "--db", server), cli.stderr());
        assertTrue(Files.readString(onServer).contains("Ada Serverside"), "the server's people are exported");

        Path inWorkspace = temp.resolve("workspace.vcf");
        assertEquals(0, cli.run("export", inWorkspace.toString()), cli.stderr());
        assertFalse(Files.readString(inWorkspace).contains("Ada Serverside"),
                "without --db the command works on the workspace's own database again");
    }

    @Test
    void aWrongPasswordExitsWith5AndOneLineSayingWhatToCheck() {
        assumeTrue(TestDatabases.onServer(), NEEDS_SERVER);
        String server = TestDatabases.createServerDatabase();
        CliRun cli = new CliRun(Map.of("RAPPORT_DB_PASSWORD", "not-the-password"));

        assertEquals(5, cli.run("--db", server, "--db-user", TestDatabases.user(), "info"));

        assertTrue(cli.stderr().contains("refused the login of user '" + TestDatabases.user() + "'"), cli.stderr());
        assertTrue(cli.stderr().contains("RAPPORT_DB_PASSWORD"), cli.stderr());
        assertOneLine(cli.stderr());
        assertEquals(0, new CliRun().run("info"), "the workspace's database is used again afterwards");
    }

    @Test
    void aDatabaseTheServerDoesNotHaveExitsWith5() {
        assumeTrue(TestDatabases.onServer(), NEEDS_SERVER);
        String missing = System.getProperty(TestDatabases.SERVER).replaceAll("/+$", "") + "/no_such_rapport_db";
        CliRun cli = new CliRun();

        assertEquals(5, cli.run("export", temp.resolve("x.vcf").toString(), "--db", missing, "--db-user",
                TestDatabases.user()));

        assertTrue(cli.stderr().contains("has no database"), cli.stderr());
        assertTrue(cli.stderr().contains("createdb"), "says how to create it: " + cli.stderr());
        assertOneLine(cli.stderr());
        assertFalse(Files.exists(temp.resolve("x.vcf")), "nothing was exported");
    }

    @Test
    void aServerThatDoesNotListenExitsWith5() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        CliRun cli = new CliRun();

        assertEquals(5, cli.run("--db", "jdbc:postgresql://127.0.0.1:" + port + "/rapport", "info"));

        assertTrue(cli.stderr().contains("Could not reach the database server jdbc:postgresql://127.0.0.1:" + port),
                cli.stderr());
        assertOneLine(cli.stderr());
        assertEquals(0, new CliRun().run("info"), "the workspace's database is used again afterwards");
    }

    @Test
    void dbWithoutAJdbcUrlIsAUsageError() {
        CliRun cli = new CliRun();

        assertEquals(2, cli.run("info", "--db"));
        assertTrue(cli.stderr().contains("--db needs a value"), cli.stderr());

        assertEquals(2, cli.run("--db", "crm-server/rapport", "info"));
        assertTrue(cli.stderr().contains("--db needs a JDBC URL"), cli.stderr());
    }

    private static void assertOneLine(String stderr) {
        assertEquals(1, stderr.strip().lines().count(), "one line on standard error, no stack trace:\n" + stderr);
    }
}
