package org.rapport.persistence;

import java.nio.file.Path;

import jakarta.persistence.EntityManagerFactory;

import org.eclipse.core.runtime.IProgressMonitor;

import org.rapport.persistence.access.ChangeBroadcast;
import org.rapport.persistence.internal.ChangeNotifier;
import org.rapport.persistence.internal.RapportDatabaseService;

/**
 * A database of its own, outside the workspace's OSGi service: for tests, benchmarks and tools that need a fresh
 * database in a folder of their choice. It behaves exactly like the service (schema versions, backup, restore);
 * {@link #close()} closes its units and shuts an embedded Derby down.
 */
public final class StandaloneDatabase implements DatabaseService, DatabaseAdmin, AutoCloseable {

    private final RapportDatabaseService service;
    private final ChangeNotifier changeNotifier;

    private StandaloneDatabase(RapportDatabaseService service) {
        this.service = service;
        this.changeNotifier = new ChangeNotifier(service);
    }

    /** Embedded Derby in {@code workspace/db}, with automatic backups in {@code workspace/backups}. */
    public static StandaloneDatabase embeddedIn(Path workspace) {
        return new StandaloneDatabase(RapportDatabaseService.embeddedIn(workspace));
    }

    /**
     * A server database (e.g. {@code jdbc:postgresql://HOST:PORT/DATABASE}), which must exist; automatic backups (with
     * {@code pg_dump}) go to {@code workspace/backups}.
     */
    public static StandaloneDatabase onServer(String url, String user, String password, Path workspace) {
        return new StandaloneDatabase(RapportDatabaseService.onServer(url, user, password, workspace));
    }

    @Override
    public EntityManagerFactory open(PersistenceUnitSpec unit) {
        return service.open(unit);
    }

    @Override
    public DatabaseInfo info() {
        return service.info();
    }

    @Override
    public Path backup(Path targetDirectory) {
        return service.backup(targetDirectory);
    }

    @Override
    public Path restore(Path backupDirectory) {
        return service.restore(backupDirectory);
    }

    @Override
    public void storePassword(String password) {
        service.storePassword(password);
    }

    @Override
    public boolean hasStoredPassword() {
        return service.hasStoredPassword();
    }

    /**
     * Tells the other Rapport processes on a PostgreSQL database about the changes committed here (give it to a
     * domain's {@code DomainEvents}), so their open views refresh; on embedded Derby it does nothing. It sends on a
     * connection of its own, opened in the background when this is first asked for and closed by {@link #close()}.
     */
    public ChangeBroadcast changeBroadcast() {
        changeNotifier.warmUp();
        return changeNotifier;
    }

    @Override
    public String testConnection(String url, String user, String password) {
        return service.testConnection(url, user, password);
    }

    @Override
    public MigrationReport migrateTo(String url, String user, String password, IProgressMonitor monitor) {
        return migrateTo(url, user, password, false, monitor);
    }

    @Override
    public MigrationReport migrateTo(String url, String user, String password, boolean startOver,
            IProgressMonitor monitor) {
        return service.migrateTo(url, user, password, startOver, monitor);
    }

    @Override
    public void close() {
        changeNotifier.close();
        service.deactivate();
    }
}
