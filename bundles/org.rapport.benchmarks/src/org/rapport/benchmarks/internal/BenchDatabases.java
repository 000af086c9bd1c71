package org.rapport.benchmarks.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.rapport.persistence.StandaloneDatabase;

/**
 * Fresh, empty databases for the sides of a benchmark (the product's, the raw JDBC ceiling's): embedded Derby in
 * sub-folders of the benchmark's folder, or new databases on a PostgreSQL server, which {@link #close()} drops again.
 * On a server the login must be allowed to create databases ({@code CREATEDB}); the server URL's parameters (e.g.
 * {@code sslmode}, {@code reWriteBatchedInserts}) are kept on every database's URL, so both sides connect alike.
 */
final class BenchDatabases implements AutoCloseable {

    private static final Pattern SERVER_URL = Pattern.compile("(jdbc:postgresql://[^/?]+)(/[^?]*)?(\\?.*)?");

    private final Path folder;
    private final String server;
    private final String maintenanceDatabase;
    private final String parameters;
    private final String user;
    private final String password;
    private final List<String> created = new ArrayList<>();

    private BenchDatabases(Path folder, String server, String maintenanceDatabase, String parameters, String user,
            String password) {
        this.folder = folder;
        this.server = server;
        this.maintenanceDatabase = maintenanceDatabase;
        this.parameters = parameters;
        this.user = user;
        this.password = password;
    }

    /** Embedded Derby databases in sub-folders of {@code folder}. */
    static BenchDatabases embeddedIn(Path folder) {
        return new BenchDatabases(folder, null, null, "", null, null);
    }

    /**
     * New databases on the PostgreSQL server of {@code url} ({@code jdbc:postgresql://HOST:PORT[/DATABASE][?PARAMS]};
     * the database, {@code postgres} when none is named, is only connected to for creating and dropping the others).
     *
     * @throws IllegalArgumentException when the URL is not a PostgreSQL one
     */
    static BenchDatabases onServer(String url, String user, String password, Path folder) {
        Matcher m = SERVER_URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL server URL (jdbc:postgresql://HOST:PORT[/DATABASE]): "
                    + url);
        }
        String database = m.group(2) == null || m.group(2).length() <= 1 ? "postgres" : m.group(2).substring(1);
        return new BenchDatabases(folder, m.group(1), database, m.group(3) == null ? "" : m.group(3), user, password);
    }

    /** Whether the databases are on a server. */
    boolean onServer() {
        return server != null;
    }

    /** Where the databases are, for the printed figures. */
    String describe() {
        return onServer() ? "PostgreSQL at " + server + parameters : "embedded Derby in " + folder;
    }

    /** A new, empty database for the side {@code name}, opened as the product opens one. */
    StandaloneDatabase create(String name) throws SQLException {
        Path workspace = folder.resolve(name);
        if (!onServer()) {
            return StandaloneDatabase.embeddedIn(workspace);
        }
        String database = "rapport_bench_" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = connectTo(maintenanceDatabase); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE DATABASE " + database); // a generated name, never user input
        }
        created.add(database);
        return StandaloneDatabase.onServer(urlOf(database), user, password, workspace);
    }

    /**
     * A plain JDBC connection to the database {@link #create} made for {@code name} (the last one, on a server); the
     * caller closes it and then calls {@link #release}.
     */
    Connection connect(String name) throws SQLException {
        if (!onServer()) {
            return checked(new EmbeddedDriver().connect("jdbc:derby:" + derbyDirectory(name), new Properties()), name);
        }
        return connectTo(lastCreated(name));
    }

    /** Lets go of the side's database: Derby is shut down (writing its checkpoint), a server has nothing to do. */
    void release(String name) {
        if (onServer()) {
            return;
        }
        try {
            new EmbeddedDriver().connect("jdbc:derby:" + derbyDirectory(name) + ";shutdown=true", new Properties());
        } catch (SQLException e) {
            // 08006: the expected answer to a shutdown
        }
    }

    /** Drops the databases created on a server (embedded ones go with the folder). */
    @Override
    public void close() throws SQLException {
        if (!onServer() || created.isEmpty()) {
            return;
        }
        try (Connection c = connectTo(maintenanceDatabase); Statement s = c.createStatement()) {
            for (String database : created) {
                s.executeUpdate("DROP DATABASE IF EXISTS " + database);
            }
        }
        created.clear();
    }

    private Path derbyDirectory(String name) {
        return folder.resolve(name).resolve("db");
    }

    private String lastCreated(String name) {
        String prefix = "rapport_bench_" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_";
        for (int i = created.size() - 1; i >= 0; i--) {
            if (created.get(i).startsWith(prefix)) {
                return created.get(i);
            }
        }
        throw new IllegalStateException("no database was created for " + name);
    }

    private String urlOf(String database) {
        return server + "/" + database + parameters;
    }

    private Connection connectTo(String database) throws SQLException {
        Properties login = new Properties();
        if (user != null) {
            login.setProperty("user", user);
        }
        if (password != null) {
            login.setProperty("password", password);
        }
        // the driver bundle's class, imported by this bundle: DriverManager would not find it from here
        return checked(new org.postgresql.Driver().connect(urlOf(database), login), database);
    }

    private static Connection checked(Connection c, String name) throws SQLException {
        if (c == null) {
            throw new SQLException("The JDBC driver does not accept the database " + name);
        }
        return c;
    }
}
