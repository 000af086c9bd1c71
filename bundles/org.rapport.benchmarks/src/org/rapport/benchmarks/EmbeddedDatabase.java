package org.rapport.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.rapport.persistence.DatabaseInfo;

/**
 * Plain JDBC connections to an embedded Derby database that the persistence service (or a {@code StandaloneDatabase})
 * has open in this process, for benchmark tools that write faster than the domains' services can: Derby lets every
 * connection of one process share the booted database.
 */
public final class EmbeddedDatabase {

    private EmbeddedDatabase() {
    }

    /**
     * A new connection to the database {@code info} describes (from {@code DatabaseAdmin.info()}); the caller closes it.
     *
     * @throws IllegalArgumentException for a server database: benchmarks write only into embedded ones
     */
    public static Connection connect(DatabaseInfo info) throws SQLException {
        if (info.directory() == null) {
            throw new IllegalArgumentException("Benchmark data is written into embedded Derby databases only, not into "
                    + info.location());
        }
        Connection connection = new EmbeddedDriver().connect("jdbc:derby:" + info.directory(), new Properties());
        if (connection == null) {
            throw new SQLException("Derby does not accept the database " + info.directory());
        }
        return connection;
    }
}
