package org.rapport.persistence.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The table {@code RAPPORT_SCHEMA}: one row per persistence unit with the schema version its data was last written
 * in. It is what lets a newer build upgrade an older database and an older build refuse a newer one. Beside it, the
 * version the unit's tables were last generated for: while it is current, opening the unit skips EclipseLink's table
 * generation (a check of every table and sequence at each start).
 */
final class SchemaVersions {

    static final String TABLE = "RAPPORT_SCHEMA";

    /** Creates the table if the database has none yet, or adds the column databases of earlier builds lack. */
    void ensureTable(Connection c) throws SQLException {
        if (!tableExists(c)) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TABLE " + TABLE + " (UNIT_NAME VARCHAR(64) NOT NULL PRIMARY KEY,"
                        + " SCHEMA_VERSION INTEGER NOT NULL, UPDATED_AT TIMESTAMP NOT NULL, TABLES_VERSION INTEGER)");
            }
        } else if (!hasTablesVersion(c)) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("ALTER TABLE " + TABLE + " ADD COLUMN TABLES_VERSION INTEGER");
            }
        }
    }

    /** The version a unit's tables were last generated for, empty if never (or by a build that did not say). */
    OptionalInt tablesVersion(Connection c, String unit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT TABLES_VERSION FROM " + TABLE + " WHERE UNIT_NAME = ?")) {
            s.setString(1, unit);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return OptionalInt.empty();
                }
                int version = r.getInt(1);
                return r.wasNull() ? OptionalInt.empty() : OptionalInt.of(version);
            }
        }
    }

    /** Records that a unit's tables were generated for this version; the caller commits. */
    void recordTables(Connection c, String unit, int version) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE " + TABLE + " SET TABLES_VERSION = ? WHERE UNIT_NAME = ?")) {
            update.setInt(1, version);
            update.setString(2, unit);
            update.executeUpdate();
        }
    }

    /** The version recorded for a unit, empty for a unit this database has never seen. */
    OptionalInt version(Connection c, String unit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT SCHEMA_VERSION FROM " + TABLE + " WHERE UNIT_NAME = ?")) {
            s.setString(1, unit);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? OptionalInt.of(r.getInt(1)) : OptionalInt.empty();
            }
        }
    }

    /** Every unit's version, by unit name; empty when the table does not exist yet. */
    Map<String, Integer> all(Connection c) throws SQLException {
        Map<String, Integer> versions = new TreeMap<>();
        if (!tableExists(c)) {
            return versions;
        }
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT UNIT_NAME, SCHEMA_VERSION FROM " + TABLE)) {
            while (r.next()) {
                versions.put(r.getString(1), r.getInt(2));
            }
        }
        return versions;
    }

    /** Records a unit's version (inserting or updating its row); the caller commits. */
    void record(Connection c, String unit, int version) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE " + TABLE + " SET SCHEMA_VERSION = ?, UPDATED_AT = ? WHERE UNIT_NAME = ?")) {
            update.setInt(1, version);
            update.setTimestamp(2, now);
            update.setString(3, unit);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO " + TABLE + " (UNIT_NAME, SCHEMA_VERSION, UPDATED_AT) VALUES (?, ?, ?)")) {
            insert.setString(1, unit);
            insert.setInt(2, version);
            insert.setTimestamp(3, now);
            insert.executeUpdate();
        }
    }

    private static boolean hasTablesVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT * FROM " + TABLE + " WHERE 1 = 0")) {
            var meta = r.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                if (meta.getColumnName(i).equalsIgnoreCase("TABLES_VERSION")) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Whether the connection's current schema has the table: in Derby's upper case or PostgreSQL's lower case. Only
     * the current schema counts (where the unqualified statements go): a server database may hold other schemas, e.g.
     * another Rapport's, with a table of the same name.
     */
    private static boolean tableExists(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        String schemaPattern = schema == null ? null : literalPattern(meta, schema);
        for (String name : new String[] { TABLE, TABLE.toLowerCase(Locale.ROOT) }) {
            try (ResultSet r = meta.getTables(null, schemaPattern, literalPattern(meta, name),
                    new String[] { "TABLE" })) {
                if (r.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The name as a metadata search pattern that matches only itself ({@code _} is a wildcard there). */
    private static String literalPattern(DatabaseMetaData meta, String name) throws SQLException {
        String escape = meta.getSearchStringEscape();
        if (escape == null || escape.isEmpty()) {
            return name;
        }
        return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }
}
