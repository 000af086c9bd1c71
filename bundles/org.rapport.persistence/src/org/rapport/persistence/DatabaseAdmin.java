package org.rapport.persistence;

import java.nio.file.Path;

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
}
