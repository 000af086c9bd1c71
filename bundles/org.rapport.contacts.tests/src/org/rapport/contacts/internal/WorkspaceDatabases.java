package org.rapport.contacts.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.rapport.persistence.StandaloneDatabase;
import org.rapport.testing.TestDatabases;

/**
 * The database of a test's workspace, on the database this run tests: embedded Derby in {@code workspace/db}, or on
 * the PostgreSQL test server a new database whose URL is written into the workspace, so that opening the same
 * workspace again (a restart in the test, or a child JVM that has no test properties) finds the same data.
 * <p>
 * The fragment imports {@code org.postgresql} (optionally) so that {@code ChildJvm} puts the driver's jar on a child's
 * class path: outside OSGi the persistence service loads it from there.
 */
public final class WorkspaceDatabases {

    private static final String SERVER_DATABASE = "test-server-database.properties";

    private WorkspaceDatabases() {
    }

    /** Opens the workspace's database, creating it on first use. */
    public static StandaloneDatabase open(Path workspace) {
        Properties server = prepare(workspace);
        if (server == null) {
            return StandaloneDatabase.embeddedIn(workspace);
        }
        return StandaloneDatabase.onServer(server.getProperty("url"), server.getProperty("user"),
                server.getProperty("password"), workspace);
    }

    /**
     * Gives the workspace its server database when this run tests PostgreSQL, before a child JVM opens it; the login
     * of that database, or {@code null} for embedded Derby.
     */
    public static Properties prepare(Path workspace) {
        Path file = workspace.resolve(SERVER_DATABASE);
        Properties server = new Properties();
        try {
            if (Files.exists(file)) {
                try (Reader in = Files.newBufferedReader(file)) {
                    server.load(in);
                }
                return server;
            }
            if (!TestDatabases.onServer()) {
                return null;
            }
            server.setProperty("url", TestDatabases.createServerDatabase());
            server.setProperty("user", TestDatabases.user());
            server.setProperty("password", TestDatabases.password()); // of a throwaway test cluster
            Files.createDirectories(workspace);
            try (Writer out = Files.newBufferedWriter(file)) {
                server.store(out, "the test server database of this workspace");
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
