package org.rapport.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Keeps the Rapports of a team from preparing the schema of one server database at the same time. Two of them started
 * together on a new (or just upgraded) database would otherwise both create {@code RAPPORT_SCHEMA}, a unit's tables
 * and sequences, or run its migrations, and one would fail half-way. On PostgreSQL it is a session advisory lock held
 * by a connection of its own while a unit is opened; the next Rapport waits, then finds the unit prepared. Embedded
 * Derby needs none: its database belongs to one process.
 */
final class SchemaLock implements AutoCloseable {

    /** The advisory lock's key, the same in every Rapport: "RAPPORT" in ASCII. */
    static final long KEY = 0x52_41_50_50_4F_52_54L;

    private final Connection session;

    private SchemaLock(Connection session) {
        this.session = session;
    }

    /** Waits until no other Rapport prepares the database, then holds it until {@link #close()}. */
    static SchemaLock acquire(JdbcAccess jdbc) {
        if (!jdbc.settings().isPostgreSql()) {
            return new SchemaLock(null);
        }
        Connection session = jdbc.connect();
        try (PreparedStatement lock = session.prepareStatement("SELECT pg_advisory_lock(?)")) {
            lock.setLong(1, KEY);
            lock.execute();
            return new SchemaLock(session);
        } catch (SQLException e) {
            closeQuietly(session);
            throw jdbc.translate(e, "wait for other Rapports preparing the database");
        }
    }

    /** Ends the lock's session, which releases the lock. */
    @Override
    public void close() {
        if (session != null) {
            closeQuietly(session);
        }
    }

    private static void closeQuietly(Connection session) {
        try {
            session.close();
        } catch (SQLException e) {
            // the server releases a session's advisory locks when the session ends, however its connection went
        }
    }
}
