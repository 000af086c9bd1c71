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
    private static final String CONNECTION_REJECTED = "08004";
    private static final String CONNECTION_FAILED = "08006";
    private static final String PG_WRONG_PASSWORD = "28P01";
    private static final String PG_NOT_AUTHORIZED = "28000";
    private static final String PG_NO_SUCH_DATABASE = "3D000";
    private static final String NOT_PERMITTED = "42501";

    private final DatabaseSettings settings;
    private Driver driver;

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

    /** The driver, found once: Derby from this bundle, a server's through its OSGi DataSourceFactory. */
    synchronized Driver driver() {
        if (driver == null) {
            driver = JdbcDrivers.driver(settings);
        }
        return driver;
    }

    /** Turns a JDBC failure into a message that says what happened to which database and what to do. */
    DatabaseException translate(SQLException e, String whatWeDid) {
        String where = settings.displayLocation();
        if (hasState(e, DERBY_IN_USE)) {
            return new DatabaseException(Reason.IN_USE, "The Rapport database " + where + " is in use by another"
                    + " process (another Rapport window or the rapport-cli command). Close it and try again, or start"
                    + " this one with another workspace (-data DIR).", e);
        }
        if (hasState(e, PG_WRONG_PASSWORD) || hasState(e, PG_NOT_AUTHORIZED)) {
            return new DatabaseException(Reason.UNREACHABLE, "The database server " + where + " refused the login of"
                    + " user '" + settings.user() + "': " + e.getMessage() + ". Check the user and password in Window >"
                    + " Preferences > Rapport > Database (for rapport-cli: --db-user and the environment variable "
                    + DatabaseSettingsResolver.PASSWORD_VARIABLE + "), or ask the server's administrator for access.", e);
        }
        if (hasState(e, PG_NO_SUCH_DATABASE)) {
            return new DatabaseException(Reason.UNREACHABLE, "The database server has no database " + where + ": "
                    + e.getMessage() + " Rapport does not create server databases; create an empty one (e.g. createdb"
                    + " -O USER NAME on the server) or correct the name in the URL.", e);
        }
        if (settings.isPostgreSql() && hasState(e, NOT_PERMITTED)) {
            String database = where.substring(where.lastIndexOf('/') + 1);
            return new DatabaseException(Reason.UNREACHABLE, "The database user '" + settings.user() + "' may not"
                    + " create or change Rapport's tables in " + where + ": " + e.getMessage() + " Since PostgreSQL 15"
                    + " only a database's owner may create tables in its schema public: ask the server's administrator"
                    + " to make the user the owner (ALTER DATABASE " + database + " OWNER TO " + settings.user()
                    + ") or to GRANT USAGE, CREATE ON SCHEMA public TO " + settings.user() + ".", e);
        }
        if (isTlsFailure(e)) {
            return new DatabaseException(Reason.UNREACHABLE, "The database server " + where + " did not accept the"
                    + " encrypted (TLS) connection the URL asks for (sslmode=" + settings.sslMode() + "): "
                    + e.getMessage() + " Turn TLS on at the server (ssl = on in postgresql.conf, with a certificate)"
                    + " or, when the server's certificate is not trusted, add its CA with sslrootcert=FILE to the URL;"
                    + " without TLS (only on a network you trust) use sslmode=disable or prefer.", e);
        }
        if (hasState(e, CONNECTION_REFUSED) || hasState(e, CONNECTION_REJECTED)) {
            return new DatabaseException(Reason.UNREACHABLE, "Could not reach the database server " + where + ": "
                    + e.getMessage() + " Check that the server runs and accepts connections from this machine"
                    + " (listen_addresses, pg_hba.conf) and that host and port in the URL are right.", e);
        }
        return new DatabaseException(Reason.OTHER, "Could not " + whatWeDid + " (" + where + "): " + e.getMessage()
                + " [SQLState " + e.getSQLState() + "]", e);
    }

    /** A connection the URL asked to encrypt (sslmode) that failed in or for lack of TLS. */
    private boolean isTlsFailure(SQLException e) {
        if (settings.sslMode().isEmpty() || !(hasState(e, CONNECTION_REFUSED) || hasState(e, CONNECTION_REJECTED)
                || hasState(e, CONNECTION_FAILED))) {
            return false;
        }
        for (Throwable cause = e; cause != null; cause = next(cause)) {
            String message = cause.getMessage();
            if (message != null && message.contains("SSL")) { // pgjdbc: "The server does not support SSL.", "SSL error: ..."
                return true;
            }
        }
        return false;
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
