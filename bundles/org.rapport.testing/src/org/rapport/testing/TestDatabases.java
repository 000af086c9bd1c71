package org.rapport.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import org.osgi.framework.Bundle;
import org.rapport.persistence.StandaloneDatabase;

/**
 * The database a test opens for itself: embedded Derby in {@code workspace/db}, or, when the suite runs on PostgreSQL
 * ({@code -Drapport.test.db.server=jdbc:postgresql://HOST:PORT}, set by the {@code rapport-postgresql} Maven profile),
 * a new empty database on that server. A test written against this class runs unchanged on both.
 */
public final class TestDatabases {

    /** The server's JDBC URL without a database, e.g. {@code jdbc:postgresql://127.0.0.1:5433}; unset for Derby. */
    public static final String SERVER = "rapport.test.db.server";
    /** The login that may create databases on that server. */
    public static final String USER = "rapport.test.db.user";
    /** Its password. */
    public static final String PASSWORD = "rapport.test.db.password";

    /** Where a workspace remembers its database on the test server. */
    private static final String WORKSPACE_SERVER_DATABASE = "test-server-database.properties";

    /**
     * The login of a database on the test server.
     *
     * @param url its JDBC URL, with the database
     */
    public record ServerLogin(String url, String user, String password) {
    }

    private TestDatabases() {
    }

    /** Whether this run's databases are on a PostgreSQL server. */
    public static boolean onServer() {
        String server = System.getProperty(SERVER, "");
        return !server.isBlank();
    }

    /** Opens a new, empty database for a test; automatic backups go to {@code workspace/backups}. */
    public static StandaloneDatabase create(Path workspace) {
        if (!onServer()) {
            return StandaloneDatabase.embeddedIn(workspace);
        }
        return StandaloneDatabase.onServer(createServerDatabase(), user(), password(), workspace);
    }

    /**
     * Opens a workspace's database, the same one each time for the same workspace: embedded Derby in
     * {@code workspace/db}, or the {@linkplain #serverDatabaseOf(Path) workspace's database on the test server}.
     * Automatic backups go to {@code workspace/backups}.
     */
    public static StandaloneDatabase openWorkspace(Path workspace) {
        return serverDatabaseOf(workspace)
                .map(server -> StandaloneDatabase.onServer(server.url(), server.user(), server.password(), workspace))
                .orElseGet(() -> StandaloneDatabase.embeddedIn(workspace));
    }

    /**
     * The workspace's own database on the test server, created on its first use and remembered in a file of the
     * workspace, so that opening the same workspace again (a restart in the test, or a child JVM, which has no test
     * properties) finds the same data. Empty when this run tests embedded Derby. A test that starts a child JVM on the
     * workspace calls this first, so the child finds the database; its fragment imports {@code org.postgresql}
     * (optionally) so that {@link ChildJvm} puts the driver's jar on the child's class path, where the persistence
     * service outside OSGi loads it from.
     */
    public static synchronized Optional<ServerLogin> serverDatabaseOf(Path workspace) {
        Path file = workspace.resolve(WORKSPACE_SERVER_DATABASE);
        Properties server = new Properties();
        try {
            if (Files.exists(file)) {
                try (Reader in = Files.newBufferedReader(file)) {
                    server.load(in);
                }
            } else if (onServer()) {
                server.setProperty("url", createServerDatabase());
                server.setProperty("user", user());
                server.setProperty("password", password()); // of a throwaway test cluster
                Files.createDirectories(workspace);
                try (Writer out = Files.newBufferedWriter(file)) {
                    server.store(out, "the test server database of this workspace");
                }
            } else {
                return Optional.empty();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(new ServerLogin(server.getProperty("url"), server.getProperty("user"),
                server.getProperty("password")));
    }

    /**
     * Creates a new empty database on the test server and returns its JDBC URL, for tests that start processes of
     * their own on it (a second Rapport, the command line).
     */
    public static String createServerDatabase() {
        if (!onServer()) {
            throw new IllegalStateException("No test database server: run with -D" + SERVER + "=jdbc:postgresql://HOST:PORT");
        }
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        String server = System.getProperty(SERVER).replaceAll("/+$", "");
        try {
            Properties login = new Properties();
            login.setProperty("user", user());
            login.setProperty("password", password());
            try (Connection c = serverDriver().connect(server + "/postgres", login); Statement s = c.createStatement()) {
                s.executeUpdate("CREATE DATABASE " + name); // a generated name, never user input
            }
        } catch (SQLException | ReflectiveOperationException e) {
            throw new IllegalStateException("Could not create a test database on " + server + ": " + e.getMessage(), e);
        }
        return server + "/" + name;
    }

    /** The test server's login. */
    public static String user() {
        return System.getProperty(USER, "rapport");
    }

    /** The test server's password. */
    public static String password() {
        return System.getProperty(PASSWORD, "rapport");
    }

    /** PostgreSQL's driver from its bundle (DriverManager would not hand it to a class of another bundle). */
    private static Driver serverDriver() throws ReflectiveOperationException {
        for (Bundle bundle : Osgi.context().getBundles()) {
            if ("org.postgresql.jdbc".equals(bundle.getSymbolicName())) {
                return (Driver) bundle.loadClass("org.postgresql.Driver").getDeclaredConstructor().newInstance();
            }
        }
        throw new ClassNotFoundException("org.postgresql.Driver: the bundle org.postgresql.jdbc is not in the test runtime");
    }
}
