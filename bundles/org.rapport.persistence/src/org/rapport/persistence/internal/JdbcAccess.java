package org.rapport.persistence.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;

import org.rapport.persistence.DatabaseException;
import org.rapport.persistence.DatabaseException.Reason;
import org.rapport.persistence.DatabaseKind;

/**
 * Plain JDBC connections to the configured database, for what happens outside the persistence units (schema versions,
 * backup, restore, shutdown), and the translation of JDBC failures into messages people can act on.
 * The driver is loaded from this bundle, which imports Derby's; {@code DriverManager} cannot see OSGi bundles.
 */
final class JdbcAccess {

    private static final String DERBY_IN_USE = "XSDB6";
    private static final String DERBY_NOT_FOUND = "XJ004";
    private static final String DERBY_SHUTDOWN_OK = "08006";
    private static final String DERBY_SYSTEM_SHUTDOWN_OK = "XJ015";
    private static final String CONNECTION_REFUSED = "08001";

    private final DatabaseSettings settings;

    JdbcAccess(DatabaseSettings settings) {
        this.settings = settings;
    }

    DatabaseSettings settings() {
        return settings;
    }

    /** Connects, creating an embedded database if it does not exist. */
    Connection connect() {
        return connect(settings.kind() == DatabaseKind.EMBEDDED_DERBY ? ";create=true" : "");
    }

    /** Whether the database exists; for an embedded one, without creating or booting it. */
    boolean exists() {
        Path dir = settings.embeddedDirectory();
        return dir == null || Files.isRegularFile(dir.resolve("service.properties"));
    }

    /** Connects with extra URL attributes, e.g. Derby's {@code ;restoreFrom=...}. */
    Connection connect(String attributes) {
        try {
            Properties login = new Properties();
            login.setProperty("user", settings.user());
            login.setProperty("password", settings.password());
            Connection connection = driver().connect(settings.url() + attributes, login);
            if (connection == null) {
                throw new DatabaseException(Reason.UNREACHABLE, "The driver does not accept the database URL "
                        + settings.displayLocation() + ".");
            }
            return connection;
        } catch (SQLException e) {
            throw translate(e, "open the database");
        }
    }

    /** Shuts an embedded database down so that its files are closed and consistent; a no-op for a server. */
    void shutdownEmbedded() {
        if (settings.kind() != DatabaseKind.EMBEDDED_DERBY || !exists()) {
            return;
        }
        try {
            driver().connect(settings.url() + ";shutdown=true", new Properties());
        } catch (SQLException e) {
            if (!DERBY_SHUTDOWN_OK.equals(e.getSQLState()) && !DERBY_SYSTEM_SHUTDOWN_OK.equals(e.getSQLState())
                    && !DERBY_NOT_FOUND.equals(e.getSQLState())) {
                throw translate(e, "close the database");
            }
        }
    }

    private Driver driver() {
        String driverClass = settings.driverClass();
        if (driverClass == null) {
            throw new DatabaseException(Reason.UNREACHABLE, "No JDBC driver for " + settings.displayLocation()
                    + " is installed in this Rapport. Install the plugin that provides it, or use a Derby URL.");
        }
        try {
            return (Driver) Class.forName(driverClass, true, JdbcAccess.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new DatabaseException(Reason.UNREACHABLE, "The JDBC driver " + driverClass + " for "
                    + settings.displayLocation() + " is not installed in this Rapport. Install the plugin that provides it.", e);
        }
    }

    /** Turns a JDBC failure into a message that says what happened to which database and what to do. */
    DatabaseException translate(SQLException e, String whatWeDid) {
        String where = settings.displayLocation();
        if (hasState(e, DERBY_IN_USE)) {
            return new DatabaseException(Reason.IN_USE, "The Rapport database " + where + " is in use by another"
                    + " process (another Rapport window or the rapport-cli command). Close it and try again, or start"
                    + " this one with another workspace (-data DIR).", e);
        }
        if (hasState(e, CONNECTION_REFUSED)) {
            return new DatabaseException(Reason.UNREACHABLE, "Could not reach the database server " + where + ": "
                    + e.getMessage() + " Check that the server runs and the URL is right.", e);
        }
        return new DatabaseException(Reason.OTHER, "Could not " + whatWeDid + " (" + where + "): " + e.getMessage()
                + " [SQLState " + e.getSQLState() + "]", e);
    }

    private static boolean hasState(Throwable t, String state) {
        for (Throwable cause = t; cause != null; cause = next(cause)) {
            if (cause instanceof SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof SQLException sql && sql.getNextException() != null) {
            return sql.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }
}
