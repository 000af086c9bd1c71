package org.rapport.persistence.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalInt;

import org.eclipse.core.runtime.ILog;
import org.rapport.persistence.DatabaseException;
import org.rapport.persistence.DatabaseException.Reason;
import org.rapport.persistence.PersistenceUnitSpec;
import org.rapport.persistence.SchemaMigration;

/**
 * Brings a unit's schema to the version this build writes before its EntityManagerFactory is created: records the
 * version of a new unit, upgrades an older one after an automatic backup, refuses a newer one.
 */
final class SchemaUpgrader {

    /** The system property by which a person confirms having backed up a server database before an upgrade. */
    static final String BACKUP_CONFIRMED = "rapport.db.backup.confirmed";

    private final SchemaVersions versions;
    private final DerbyBackups backups;

    SchemaUpgrader(SchemaVersions versions, DerbyBackups backups) {
        this.versions = versions;
        this.backups = backups;
    }

    /**
     * Checks, records or upgrades the unit's schema version.
     *
     * @return whether the unit's tables are known to be generated for this version already (then opening the unit
     *         need not generate them); after a new or upgraded unit's tables are generated, call
     *         {@link #tablesGenerated}
     */
    boolean prepare(Connection c, PersistenceUnitSpec unit, String where) throws SQLException {
        c.setAutoCommit(false);
        versions.ensureTable(c);
        OptionalInt stored = versions.version(c, unit.name());
        int wanted = unit.schemaVersion();
        if (stored.isEmpty()) {
            versions.record(c, unit.name(), wanted);
        } else if (stored.getAsInt() > wanted) {
            c.rollback();
            throw new DatabaseException(Reason.NEWER_SCHEMA, "The database " + where + " was written by a newer"
                    + " Rapport: its '" + unit.name() + "' data has schema version " + stored.getAsInt()
                    + ", and this Rapport supports up to version " + wanted + ". Use a Rapport that supports version "
                    + stored.getAsInt() + ", or restore a backup made with this one (rapport-cli restore DIR).");
        } else if (stored.getAsInt() < wanted) {
            upgrade(c, unit, stored.getAsInt(), where);
        }
        boolean tablesCurrent = stored.isPresent() && stored.getAsInt() == wanted
                && versions.tablesVersion(c, unit.name()).orElse(-1) == wanted;
        c.commit();
        return tablesCurrent;
    }

    /** Records that the unit's tables were generated for its version, so the next opening skips generating them. */
    void tablesGenerated(Connection c, PersistenceUnitSpec unit) throws SQLException {
        c.setAutoCommit(false);
        versions.recordTables(c, unit.name(), unit.schemaVersion());
        c.commit();
    }

    private void upgrade(Connection c, PersistenceUnitSpec unit, int from, String where) throws SQLException {
        c.commit(); // the version table may have just been created; the backup should include it
        Path backup = backupBeforeUpgrade(c, unit, from, where);
        for (SchemaMigration migration : unit.migrations()) {
            if (migration.toVersion() <= from) {
                continue;
            }
            try {
                migration.step().apply(c);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw new DatabaseException(Reason.UPGRADE_FAILED, "Upgrading '" + unit.name() + "' in " + where
                        + " from schema version " + from + " to " + unit.schemaVersion() + " failed at step "
                        + migration.toVersion() + " (" + migration.description() + "): " + e.getMessage()
                        + ". The database was left at version " + from
                        + (backup == null ? "." : "; a backup taken before the upgrade is in " + backup + "."), e);
            }
        }
        versions.record(c, unit.name(), unit.schemaVersion());
        log().info("Upgraded '" + unit.name() + "' from schema version " + from + " to " + unit.schemaVersion()
                + (backup == null ? "" : "; backup before the upgrade: " + backup));
    }

    /**
     * The automatic backup before an upgrade. When it cannot be made (a server database without pg_dump here), the
     * upgrade is not started, unless the person confirmed with {@code -Drapport.db.backup.confirmed=true} that they
     * backed the database up themselves.
     */
    private Path backupBeforeUpgrade(Connection c, PersistenceUnitSpec unit, int from, String where) throws SQLException {
        boolean confirmed = Boolean.getBoolean(BACKUP_CONFIRMED);
        if (!backups.kindSupportsBackup()) {
            log().warn("Upgrading '" + unit.name() + "' in the server database " + where + " without an automatic"
                    + " backup; back up server databases with the server's tools before installing a new Rapport.");
            return null;
        }
        try {
            return backups.backup(c, backups.automaticTarget(
                    "before-upgrade-" + unit.name() + "-v" + from + "-v" + unit.schemaVersion()));
        } catch (DatabaseException e) {
            if (confirmed && e.reason() == Reason.BACKUP) {
                log().warn("Upgrading '" + unit.name() + "' in " + where + " without an automatic backup, as confirmed"
                        + " with -D" + BACKUP_CONFIRMED + "=true: " + e.getMessage());
                return null;
            }
            c.rollback();
            throw new DatabaseException(Reason.UPGRADE_FAILED, "The '" + unit.name() + "' data in " + where
                    + " needs an upgrade from schema version " + from + " to " + unit.schemaVersion() + ", which was not"
                    + " started because no backup could be made first. " + e.getMessage() + " After backing it up,"
                    + " start Rapport once with -D" + BACKUP_CONFIRMED + "=true to upgrade without an automatic backup.",
                    e);
        }
    }

    /** Looked up when needed, so the class also works without a running Platform (tools, child JVMs in tests). */
    private static ILog log() {
        return ILog.of(SchemaUpgrader.class);
    }
}
