package org.rapport.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.rapport.persistence.DatabaseException;
import org.rapport.persistence.DatabaseException.Reason;
import org.rapport.persistence.MigrationReport;
import org.rapport.persistence.PersistenceUnitSpec;

/**
 * Moves a database's data into an empty PostgreSQL database (a laptop's embedded Derby to the team's server): checks
 * that every unit the source holds is known and that the target is empty, creates the target's tables by opening each
 * unit there (the same generation as on a first start), copies the rows in foreign-key order keeping their ids, sets
 * the target's sequences after the copied ids and compares the row counts. A failure after the target's tables were
 * created drops them again, so a half-copied database is never left looking like a Rapport database. A copy killed
 * half-way cannot clean up: its {@link MigrationMarker}, written first and removed with the last commit, keeps Rapport
 * off the database, and a copy asked to start over drops what the killed one created.
 */
final class DatabaseMigration {

    private final JdbcAccess source;
    private final Collection<PersistenceUnitSpec> units;
    private final DatabaseSettings targetSettings;

    /**
     * @param source the database to copy from
     * @param units  the units opened in the source (their tables are created in the target)
     * @param target the target's settings
     */
    DatabaseMigration(JdbcAccess source, Collection<PersistenceUnitSpec> units, DatabaseSettings target) {
        this.source = source;
        this.units = List.copyOf(units);
        this.targetSettings = target;
    }

    /**
     * Copies the data.
     *
     * @param startOver whether to drop what an interrupted copy left in the target first (only when its marker is
     *                  there)
     */
    MigrationReport run(boolean startOver, IProgressMonitor monitor) {
        if (!targetSettings.isPostgreSql()) {
            throw new DatabaseException(Reason.OTHER, "Rapport copies a workspace's data into a PostgreSQL database"
                    + " only; " + targetSettings.displayLocation() + " is none. Use jdbc:postgresql://HOST:PORT/DATABASE.");
        }
        if (source.settings().url().equals(targetSettings.url())) {
            throw new DatabaseException(Reason.OTHER, "The database to copy into is the one in use ("
                    + targetSettings.displayLocation() + ").");
        }
        String where = targetSettings.displayLocation();
        JdbcAccess target = new JdbcAccess(targetSettings);
        Map<String, Integer> versions;
        TableCopier.Tables sourceTables;
        Set<String> before = new HashSet<>();
        try (Connection from = source.connect(); Connection to = target.connect()) {
            from.setAutoCommit(false); // ended by a commit: Derby refuses to close a connection in a transaction
            versions = new SchemaVersions().all(from);
            refuseUnknownUnits(versions);
            sourceTables = TableCopier.tablesOf(from);
            to.setAutoCommit(false);
            Optional<MigrationMarker.Pending> interrupted = MigrationMarker.read(to);
            if (interrupted.isPresent()) {
                if (!startOver) {
                    throw interrupted(where, interrupted.get());
                }
                TableCopier.dropCreated(to, interrupted.get().kept()); // the marker too: it is none of the kept
                to.commit();
            }
            TableCopier.Tables targetTables = TableCopier.tablesOf(to);
            refuseNonEmpty(targetTables, sourceTables, where);
            before.addAll(targetTables.names());
            before.addAll(UnitTables.existingSequences(to));
            MigrationMarker.write(to, source.settings().displayLocation(), Instant.now(), before);
            to.commit(); // before the first table is created: a copy killed from here on leaves the marker
            from.commit();
        } catch (SQLException e) {
            throw source.translate(e, "read the databases before copying");
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Copying this workspace's data to " + where,
                (int) Math.min(Integer.MAX_VALUE - 100, sourceTables.totalRows()) + 100);
        RapportDatabaseService created = RapportDatabaseService.copyTarget(targetSettings);
        try {
            progress.subTask("Creating the tables in " + where);
            for (PersistenceUnitSpec unit : units) {
                created.open(unit);
            }
            progress.worked(50);
            Map<String, Long> rows = copy(target, sourceTables, versions, progress);
            return new MigrationReport(where, rows, versions);
        } catch (RuntimeException e) {
            created.deactivate();
            throw new DatabaseException(e instanceof DatabaseException d && d.reason() == Reason.UNREACHABLE
                    ? Reason.UNREACHABLE : Reason.OTHER, "Copying this workspace's data to " + where + " failed: "
                    + e.getMessage() + " " + cleanUp(target, before), e);
        } finally {
            created.deactivate();
        }
    }

    private Map<String, Long> copy(JdbcAccess target, TableCopier.Tables sourceTables, Map<String, Integer> versions,
            SubMonitor progress) {
        try (Connection from = source.connect(); Connection to = target.connect()) {
            from.setAutoCommit(false);
            from.setReadOnly(true);
            to.setAutoCommit(false);
            TableCopier copier = new TableCopier(from, to);
            List<String> order = copier.order(sourceTables);
            copier.clearGeneratedRows(order);
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : order) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException("cancelled before table " + table);
                }
                progress.subTask("Copying " + table);
                rows.put(table, copier.copy(table, progress));
            }
            copier.verifyCounts(rows);
            new SequencePositions(from, to).copy();
            SchemaVersions schema = new SchemaVersions();
            for (Map.Entry<String, Integer> unit : versions.entrySet()) {
                schema.record(to, unit.getKey(), unit.getValue());
            }
            MigrationMarker.remove(to); // in the last commit: a target without the marker holds the whole copy
            to.commit();
            from.commit();
            progress.worked(50);
            return rows;
        } catch (SQLException e) {
            throw target.translate(e, "copy the data");
        }
    }

    private void refuseUnknownUnits(Map<String, Integer> versions) {
        TreeSet<String> unknown = new TreeSet<>(versions.keySet());
        units.forEach(unit -> unknown.remove(unit.name()));
        if (!unknown.isEmpty()) {
            throw new DatabaseException(Reason.OTHER, "This database holds data of " + String.join(", ", unknown)
                    + ", which no installed Rapport plugin opened, so it cannot be copied. Install the plugins that"
                    + " own that data (Help > Install New Software) and copy again.");
        }
    }

    private static void refuseNonEmpty(TableCopier.Tables existing, TableCopier.Tables sourceTables, String where) {
        if (existing.has(SchemaVersions.TABLE)) {
            throw notEmpty(where, "it already holds a Rapport database (its table " + SchemaVersions.TABLE + ")");
        }
        List<String> withRows = new ArrayList<>();
        for (String table : sourceTables.names()) {
            if (existing.has(table) && existing.rows(table) > 0) {
                withRows.add(table + " (" + existing.rows(table) + " rows)");
            }
        }
        if (!withRows.isEmpty()) {
            throw notEmpty(where, "its tables " + String.join(", ", withRows) + " hold data");
        }
    }

    private static DatabaseException interrupted(String where, MigrationMarker.Pending pending) {
        return new DatabaseException(Reason.TARGET_NOT_EMPTY, "Nothing was copied: the database " + where + " holds "
                + pending.describe() + ". To start over, copy with rapport-cli db migrate --to " + where
                + " --restart, which first drops the tables and sequences that copy created there (what the database"
                + " held before it stays), or drop the database and create it empty again.");
    }

    private static DatabaseException notEmpty(String where, String why) {
        return new DatabaseException(Reason.TARGET_NOT_EMPTY, "Nothing was copied: the database " + where
                + " is not empty; " + why + ". Copy into a new, empty database (e.g. createdb -O USER NAME on the"
                + " server), or drop this one and create it again.");
    }

    /**
     * Drops the tables and sequences created in the target (not those it had before); says what to do by hand when
     * that fails.
     */
    private static String cleanUp(JdbcAccess target, Set<String> before) {
        try (Connection to = target.connect()) {
            to.setAutoCommit(false);
            List<String> dropped = TableCopier.dropCreated(to, before);
            to.commit();
            return "Nothing was kept in the target: the " + dropped.size() + " tables and sequences created there"
                    + " were dropped again.";
        } catch (SQLException | RuntimeException e) {
            return "The target holds an incomplete copy that could not be removed (" + e.getMessage() + "): drop the"
                    + " database and create it empty again (DROP DATABASE NAME; CREATE DATABASE NAME OWNER USER) before"
                    + " copying again, and do not use it as it is.";
        }
    }
}
