package org.rapport.persistence;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Administration of the workspace's database, available as an OSGi service: for the overview, the preference page
 * and the command line. It has no JPA types, so user-interface bundles can use it without depending on JPA.
 */
public interface DatabaseAdmin {

    /** Describes the database without creating it. */
    DatabaseInfo info();

    /**
     * Writes an online backup of the running database into {@code targetDirectory} (created if needed): for Derby the
     * sub-directory {@code db}, for PostgreSQL the file {@code rapport.dump} written by {@code pg_dump} (custom format,
     * for {@code pg_restore}). Work may go on while it runs.
     *
     * @return the directory holding the backup copy
     * @throws DatabaseException {@code BACKUP} when it cannot be written (for PostgreSQL also when {@code pg_dump} is
     *                           not installed; the message gives the command to run elsewhere), or for another server
     *                           database
     */
    Path backup(Path targetDirectory);

    /**
     * Replaces the database with a backup made by {@link #backup(Path)}. The current database is first backed up into
     * the workspace's {@code backups} folder, so nothing is lost. Only possible while no persistence unit is open (in
     * practice: from the command line, while the workbench is closed). A server database is not replaced by Rapport:
     * for PostgreSQL the exception's message gives the {@code pg_restore} command to run.
     *
     * @param backupDirectory the directory given to {@code backup}, or the {@code db} folder inside it
     * @return the safety backup of the database as it was before, or {@code null} if there was none
     * @throws DatabaseException {@code IN_USE} while a unit is open, {@code BACKUP} for a folder that holds no backup
     *                           and for a server database
     */
    Path restore(Path backupDirectory);

    /**
     * Keeps the password of the configured server database in Eclipse secure storage (encrypted), where the next start
     * finds it; an empty password removes it. It is never written to a preference file.
     *
     * @throws DatabaseException when secure storage cannot be written
     */
    void storePassword(String password);

    /** Whether a server database password is kept in secure storage (without decrypting it). */
    boolean hasStoredPassword();

    /**
     * Connects once to a server database, as the given settings would, without changing this workspace's settings:
     * the Preferences' "Test Connection".
     *
     * @param url      a JDBC URL, e.g. {@code jdbc:postgresql://HOST:PORT/DATABASE?sslmode=require}
     * @param password the password, or {@code null} for the one kept in secure storage
     * @return the database product and version, e.g. {@code PostgreSQL 15.8}
     * @throws DatabaseException {@code UNREACHABLE} with what to do when the server is down, refuses the login or
     *                           has no such database
     */
    String testConnection(String url, String user, String password);

    /**
     * Copies the data of every persistence unit opened in this database (its domains) into an empty PostgreSQL
     * database: the tables are created as opening the units there would create them, the rows are copied table by
     * table in foreign-key order with their ids, sequences continue after the copied ids, and the row counts of every
     * table are compared. The caller first opens every domain unit it wants copied; a unit the database holds but
     * nobody opened is refused, so no domain's data is silently left behind. On failure the tables created in the
     * target are dropped again (or the message says what to drop).
     *
     * <p>
     * While the copy runs the target is marked as holding an unfinished copy (the mark goes with the copy's last
     * commit), so a copy killed half-way leaves a database that Rapport refuses to open ({@code INCOMPLETE_COPY}) and
     * that this method refuses to copy into again unless asked to start over.
     *
     * @param url      the target's JDBC URL; the database must exist and hold no Rapport data
     * @param password the target's password, or {@code null} for the one kept in secure storage
     * @param monitor  progress, one step per copied row; cancelling stops between tables and cleans the target up
     * @return the tables copied and their row counts
     * @throws DatabaseException {@code TARGET_NOT_EMPTY} when the target already holds Rapport data or an unfinished
     *                           copy (the message says how to start over), {@code UNREACHABLE} when it cannot be
     *                           reached, {@code OTHER} when copying failed
     */
    MigrationReport migrateTo(String url, String user, String password, IProgressMonitor monitor);

    /**
     * {@link #migrateTo(String, String, String, IProgressMonitor)}, optionally starting an interrupted copy over.
     *
     * @param startOver when the target holds an unfinished copy (its copying process was killed), first drop the
     *                  tables and sequences that copy created there (never those the database held before it); a
     *                  target without an unfinished copy is treated as without this option
     * @throws UnsupportedOperationException when asked to start over by an implementation older than API 1.2.0
     * @since 1.2.0
     */
    default MigrationReport migrateTo(String url, String user, String password, boolean startOver,
            IProgressMonitor monitor) {
        if (startOver) {
            throw new UnsupportedOperationException("this database service cannot start an interrupted copy over");
        }
        return migrateTo(url, user, password, monitor);
    }
}
