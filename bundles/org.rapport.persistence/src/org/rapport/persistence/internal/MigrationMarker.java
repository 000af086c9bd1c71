package org.rapport.persistence.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.rapport.persistence.DatabaseException;
import org.rapport.persistence.DatabaseException.Reason;

/**
 * The table {@code RAPPORT_MIGRATION} in the target of {@code db migrate} while the copy runs: committed before the
 * first table is created, dropped in the copy's last commit. A failed copy cleans the target up itself; a copy killed
 * half-way (kill -9, a power cut) cannot, and leaves tables and rows that look like a Rapport database. The marker
 * says what they are: Rapport refuses to open such a database, and {@code db migrate --restart} may drop what the
 * interrupted copy created, which the marker lists by leaving out what the target held before.
 */
final class MigrationMarker {

    static final String TABLE = "RAPPORT_MIGRATION";

    private static final String SOURCE = "source";
    private static final String STARTED = "started";
    /** Prefix of the rows naming a table or sequence the target held before the copy (upper case). */
    private static final String KEPT = "kept:";

    /**
     * An unfinished copy found in a database.
     *
     * @param source  where it was copied from
     * @param started when the copy started
     * @param kept    the tables and sequences the database held before the copy (upper case): not the copy's to drop
     */
    record Pending(String source, Instant started, Set<String> kept) {
        String describe() {
            return "an unfinished copy of Rapport data (from " + source + ", started " + started
                    + ", interrupted before it ended)";
        }
    }

    private MigrationMarker() {
    }

    /** Creates the marker; the caller commits before creating anything else. */
    static void write(Connection c, String source, Instant started, Set<String> kept) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE " + TABLE
                    + " (ENTRY_KEY VARCHAR(300) NOT NULL PRIMARY KEY, ENTRY_VALUE VARCHAR(1000))");
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + TABLE + " VALUES (?, ?)")) {
            add(insert, SOURCE, source);
            add(insert, STARTED, started.toString());
            for (String name : kept) {
                add(insert, KEPT + name, null);
            }
            insert.executeBatch();
        }
    }

    private static void add(PreparedStatement insert, String key, String value) throws SQLException {
        insert.setString(1, key);
        insert.setString(2, value == null || value.length() <= 1000 ? value : value.substring(0, 1000));
        insert.addBatch();
    }

    /** The unfinished copy the database holds, if it holds one. */
    static Optional<Pending> read(Connection c) throws SQLException {
        if (!exists(c)) {
            return Optional.empty();
        }
        String source = "an unknown database";
        Instant started = null;
        Set<String> kept = new TreeSet<>();
        try (Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT ENTRY_KEY, ENTRY_VALUE FROM " + TABLE)) {
            while (rows.next()) {
                String key = rows.getString(1);
                if (key.equals(SOURCE)) {
                    source = rows.getString(2);
                } else if (key.equals(STARTED)) {
                    started = Instant.parse(rows.getString(2));
                } else if (key.startsWith(KEPT)) {
                    kept.add(key.substring(KEPT.length()));
                }
            }
        }
        return Optional.of(new Pending(source, started, kept));
    }

    /** Drops the marker; the caller commits (with the copy's last rows, so that both or neither are there). */
    static void remove(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DROP TABLE " + TABLE);
        }
    }

    /** Why a database with the marker is not opened, and what to do. */
    static DatabaseException openingRefused(String where, Pending pending) {
        return new DatabaseException(Reason.INCOMPLETE_COPY, "Rapport does not open " + where + ": it holds "
                + pending.describe() + ", so its data is incomplete. Copy again from the laptop that holds the data with"
                + " rapport-cli db migrate --to " + where + " --restart (which drops what the interrupted copy created"
                + " there), or drop the database and create it empty again.");
    }

    /** Whether the table exists; Derby keeps names in upper case, PostgreSQL in lower case. */
    private static boolean exists(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        for (String name : List.of(TABLE, TABLE.toLowerCase(Locale.ROOT))) {
            try (ResultSet r = meta.getTables(c.getCatalog(), c.getSchema(), name, new String[] { "TABLE" })) {
                if (r.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
