package org.rapport.persistence.internal;

import java.nio.file.Path;
import java.sql.Connection;

/**
 * Child-JVM program: opens the embedded database of a workspace through Rapport's connection code and keeps it open
 * until killed, as a second Rapport window would.
 */
public final class HoldDatabaseMain {

    private HoldDatabaseMain() {
    }

    public static void main(String[] args) throws Exception {
        JdbcAccess jdbc = new JdbcAccess(DatabaseSettings.embeddedIn(Path.of(args[0])));
        try (Connection c = jdbc.connect()) {
            c.getMetaData();
            System.out.println("READY");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
