package org.rapport.persistence.internal;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapport.persistence.DatabaseKind;

/**
 * Where the database is and how to log in.
 *
 * @param url       the JDBC URL without Derby's {@code create=true}
 * @param user      user name, empty for embedded Derby
 * @param password  password, empty for embedded Derby
 * @param backups   where automatic backups go (before an upgrade or a restore)
 */
record DatabaseSettings(String url, String user, String password, Path backups) {

    static final String EMBEDDED_PREFIX = "jdbc:derby:";
    static final String DERBY_SERVER_PREFIX = "jdbc:derby://";
    static final String POSTGRESQL_PREFIX = "jdbc:postgresql:";
    private static final Pattern SSL_MODE = Pattern.compile("[?&]sslmode=([^&]*)");

    DatabaseSettings {
        Objects.requireNonNull(url, "url");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        Objects.requireNonNull(backups, "backups");
    }

    /** Embedded Derby in {@code workspace/db}, backups in {@code workspace/backups}. */
    static DatabaseSettings embeddedIn(Path workspace) {
        Path dir = workspace.toAbsolutePath().normalize();
        return new DatabaseSettings(EMBEDDED_PREFIX + dir.resolve("db"), "", "", dir.resolve("backups"));
    }

    DatabaseKind kind() {
        if (url.startsWith(DERBY_SERVER_PREFIX)) {
            return DatabaseKind.DERBY_SERVER;
        }
        return url.startsWith(EMBEDDED_PREFIX) ? DatabaseKind.EMBEDDED_DERBY : DatabaseKind.SERVER;
    }

    /** The embedded database's directory, or {@code null} for a server. */
    Path embeddedDirectory() {
        if (kind() != DatabaseKind.EMBEDDED_DERBY) {
            return null;
        }
        String rest = url.substring(EMBEDDED_PREFIX.length());
        int attributes = rest.indexOf(';');
        return Path.of(attributes < 0 ? rest : rest.substring(0, attributes));
    }

    /** Whether this is a PostgreSQL server database. */
    boolean isPostgreSql() {
        return url.startsWith(POSTGRESQL_PREFIX);
    }

    /** The {@code sslmode} parameter of a PostgreSQL URL (e.g. {@code require}), empty when it has none. */
    String sslMode() {
        Matcher parameter = SSL_MODE.matcher(url);
        return parameter.find() ? parameter.group(1) : "";
    }

    /** The driver class EclipseLink and our own connections use. */
    String driverClass() {
        return switch (kind()) {
            case EMBEDDED_DERBY -> "org.apache.derby.jdbc.EmbeddedDriver";
            case DERBY_SERVER -> "org.apache.derby.jdbc.ClientDriver";
            case SERVER -> isPostgreSql() ? "org.postgresql.Driver" : null;
        };
    }

    /** The URL to show people: the directory of an embedded database, else the URL without attributes. */
    String displayLocation() {
        Path dir = embeddedDirectory();
        if (dir != null) {
            return dir.toString();
        }
        int attributes = url.indexOf(';');
        int query = url.indexOf('?');
        int cut = attributes < 0 ? query : query < 0 ? attributes : Math.min(attributes, query);
        return cut < 0 ? url : url.substring(0, cut);
    }
}
