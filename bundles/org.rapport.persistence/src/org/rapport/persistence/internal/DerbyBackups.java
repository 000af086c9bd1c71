package org.rapport.persistence.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.rapport.persistence.DatabaseException;
import org.rapport.persistence.DatabaseException.Reason;
import org.rapport.persistence.DatabaseKind;

/**
 * Backups: Derby's online backup ({@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}) and restore ({@code restoreFrom=}); a
 * PostgreSQL database is backed up with {@link PgDump} and restored on the server with {@code pg_restore}.
 */
final class DerbyBackups {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final JdbcAccess jdbc;

    DerbyBackups(JdbcAccess jdbc) {
        this.jdbc = jdbc;
    }

    /** A new folder name under the workspace's backups folder, e.g. {@code before-upgrade-contacts-v1-v2-20261123-101500-000}. */
    Path automaticTarget(String purpose) {
        return jdbc.settings().backups().resolve(purpose + "-" + LocalDateTime.now().format(STAMP));
    }

    /** Whether this database can be backed up from here: Derby (embedded or server), PostgreSQL with pg_dump. */
    boolean kindSupportsBackup() {
        return jdbc.settings().kind().isDerby() || jdbc.settings().isPostgreSql();
    }

    /** Writes an online backup into {@code target}; returns the folder that holds the copy. */
    Path backup(Connection c, Path target) {
        DatabaseSettings settings = jdbc.settings();
        if (settings.isPostgreSql()) {
            return new PgDump(settings).backup(target);
        }
        if (!settings.kind().isDerby()) {
            throw new DatabaseException(Reason.BACKUP, "The database " + settings.displayLocation() + " is a server"
                    + " database; back it up on the server with its own tools.");
        }
        Path absolute = target.toAbsolutePath().normalize();
        try {
            if (settings.kind() == DatabaseKind.EMBEDDED_DERBY) {
                Files.createDirectories(absolute);
            }
            try (CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                call.setString(1, absolute.toString());
                call.execute();
            }
        } catch (IOException | SQLException e) {
            throw new DatabaseException(Reason.BACKUP, "Could not write a backup of " + settings.displayLocation()
                    + " to " + absolute + ": " + e.getMessage() + " Check that the folder is writable and the disk has room.", e);
        }
        Path dir = settings.embeddedDirectory();
        return dir == null ? absolute : absolute.resolve(dir.getFileName());
    }

    /** Finds the Derby database copy in what the user named: the backup folder itself or its {@code db} child. */
    static Path locateCopy(Path given) {
        Path absolute = given.toAbsolutePath().normalize();
        if (Files.isRegularFile(absolute.resolve("service.properties"))) {
            return absolute;
        }
        try (var children = Files.list(absolute)) {
            return children.filter(child -> Files.isRegularFile(child.resolve("service.properties"))).findFirst()
                    .orElseThrow(() -> notABackup(absolute));
        } catch (IOException e) {
            throw notABackup(absolute);
        }
    }

    private static DatabaseException notABackup(Path dir) {
        return new DatabaseException(Reason.BACKUP, dir + " is not a Rapport database backup (no service.properties"
                + " in it or in a folder inside it). Give the folder that 'rapport-cli backup DIR' wrote.");
    }

    /** Replaces the (shut down) embedded database with the copy; Derby boots it, so it is shut down again after. */
    void restoreFrom(Path copy) {
        try (Connection restored = jdbc.connect(";restoreFrom=" + copy)) {
            restored.getMetaData();
        } catch (SQLException e) {
            throw new DatabaseException(Reason.BACKUP, "Could not restore " + jdbc.settings().displayLocation()
                    + " from " + copy + ": " + e.getMessage(), e);
        } catch (DatabaseException e) {
            throw new DatabaseException(e.reason() == Reason.IN_USE ? Reason.IN_USE : Reason.BACKUP,
                    "Could not restore from " + copy + ": " + e.getMessage(), e);
        } finally {
            jdbc.shutdownEmbedded();
        }
    }
}
