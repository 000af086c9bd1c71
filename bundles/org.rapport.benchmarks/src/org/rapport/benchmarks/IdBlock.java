package org.rapport.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Ids from a sequence the way EclipseLink allocates them: one NEXT VALUE reserves the block below it. */
final class IdBlock implements AutoCloseable {
    private final PreparedStatement next;
    private final int size;
    private long current;
    private long last;

    IdBlock(Connection c, String sequence, int size) throws SQLException {
        // a constant name, not user input
        this.next = c.prepareStatement(SqlDialect.isPostgreSql(c) ? "SELECT NEXTVAL('" + sequence + "')"
                : "VALUES NEXT VALUE FOR " + sequence);
        this.size = size;
    }

    long next() throws SQLException {
        if (current == last) {
            try (ResultSet rs = next.executeQuery()) {
                rs.next();
                last = rs.getLong(1);
                current = last - size;
            }
        }
        return ++current;
    }

    @Override
    public void close() throws SQLException {
        next.close();
    }
}
