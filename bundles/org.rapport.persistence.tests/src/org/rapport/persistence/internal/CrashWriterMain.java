package org.rapport.persistence.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Child-JVM program for the crash test: through Rapport's connection code, commits {@code committed} rows in chunks
 * (the way imports write), then writes more rows in a transaction it never commits, says so, and waits to be killed.
 */
public final class CrashWriterMain {

    static final String TABLE = "CRASH_ROW";
    static final int CHUNK = 100;

    private CrashWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        int committed = Integer.parseInt(args[1]);
        JdbcAccess jdbc = new JdbcAccess(DatabaseSettings.embeddedIn(Path.of(args[0])));
        try (Connection c = jdbc.connect()) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TABLE " + TABLE + " (ID INTEGER NOT NULL PRIMARY KEY, STATE VARCHAR(20))");
            }
            c.setAutoCommit(false);
            for (int first = 0; first < committed; first += CHUNK) {
                insert(c, first, Math.min(first + CHUNK, committed), "committed");
                c.commit();
            }
            System.out.println("COMMITTED " + committed);
            insert(c, committed, committed + 5 * CHUNK, "uncommitted");
            System.out.println("UNCOMMITTED");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    private static void insert(Connection c, int from, int to, String state) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + TABLE + " (ID, STATE) VALUES (?, ?)")) {
            for (int id = from; id < to; id++) {
                insert.setInt(1, id);
                insert.setString(2, state);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
