package org.rapport.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;

/** The few statements the benchmark writers say differently on Derby and on PostgreSQL. */
final class SqlDialect {

    private SqlDialect() {
    }

    /** Whether the connection is to PostgreSQL (else Derby). */
    static boolean isPostgreSql(Connection c) throws SQLException {
        return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
    }
}
