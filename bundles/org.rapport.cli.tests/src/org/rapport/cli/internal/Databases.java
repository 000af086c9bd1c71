package org.rapport.cli.internal;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.rapport.testing.TestDatabases;

/** Plain JDBC on the databases a test compares: what a DBA would look at. */
final class Databases {

    private Databases() {
    }

    /** An embedded Derby database (as the workspace's service opens it: no user, schema APP). */
    static Connection derby(String url) throws SQLException {
        return new EmbeddedDriver().connect(url, new Properties());
    }

    /** A database on the PostgreSQL test server. */
    static Connection postgres(String url) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", TestDatabases.user());
        login.setProperty("password", TestDatabases.password());
        return postgresDriver().connect(url, login);
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** PostgreSQL's driver from its bundle (DriverManager would not hand it to a class of another bundle). */
    private static Driver postgresDriver() {
        for (Bundle bundle : FrameworkUtil.getBundle(Databases.class).getBundleContext().getBundles()) {
            if ("org.postgresql.jdbc".equals(bundle.getSymbolicName())) {
                try {
                    return (Driver) bundle.loadClass("org.postgresql.Driver").getDeclaredConstructor().newInstance();
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
        throw new AssertionError("the bundle org.postgresql.jdbc is not in the test runtime");
    }
}
