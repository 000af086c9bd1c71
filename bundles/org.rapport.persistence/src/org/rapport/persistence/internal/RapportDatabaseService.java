package org.rapport.persistence.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.user.RapportUser;
import org.rapport.persistence.DatabaseAdmin;
import org.rapport.persistence.DatabaseException;
import org.rapport.persistence.DatabaseException.Reason;
import org.rapport.persistence.DatabaseInfo;
import org.rapport.persistence.DatabaseKind;
import org.rapport.persistence.DatabaseService;
import org.rapport.persistence.MigrationReport;
import org.rapport.persistence.PersistenceUnitSpec;

/**
 * The database service: one database for the workspace, one EntityManagerFactory per domain unit, schema versions
 * checked on open, Derby shut down cleanly when the service stops. It also says who is working ({@link RapportUser}):
 * the login on a server database, the preference on embedded Derby.
 */
@Component(service = { DatabaseService.class, DatabaseAdmin.class, RapportUser.class })
public class RapportDatabaseService implements DatabaseService, DatabaseAdmin, RapportUser {

    private final Map<String, EntityManagerFactory> openUnits = new LinkedHashMap<>();
    /** The specs of the open units: what a copy to another database creates there. */
    private final Map<String, PersistenceUnitSpec> openSpecs = new LinkedHashMap<>();
    private final Supplier<DatabaseSettings> settingsSource;
    private final StoredPassword storedPassword;
    /** Whether this service creates the tables of a copy (which the copy's unfinished mark must not stop). */
    private final boolean copyTarget;
    private final WorkingUser user = new WorkingUser(() -> parts().jdbc().settings(), WorkingUser::fromPreferences);
    private Parts parts;

    /** The parts that work on the resolved settings; built on first use, so a wrong setting is reported to the caller. */
    private record Parts(JdbcAccess jdbc, DerbyBackups backups, SchemaUpgrader upgrader,
            EntityManagerFactoryBuilder factories) {

        static Parts on(DatabaseSettings settings) {
            DerbyLog.keepOutOfWorkingDirectory(settings);
            JdbcAccess jdbc = new JdbcAccess(settings);
            DerbyBackups backups = new DerbyBackups(jdbc);
            return new Parts(jdbc, backups, new SchemaUpgrader(new SchemaVersions(), backups),
                    new EntityManagerFactoryBuilder(settings, jdbc::driver,
                            new WorkingUser(() -> settings, WorkingUser::fromPreferences)));
        }
    }

    /** Used by DS: the database of the workspace (the OSGi instance location) unless configured otherwise. */
    @Activate
    public RapportDatabaseService(@Reference(name = "workspace", target = "(type=osgi.instance.area)") Location instanceLocation) {
        this(instanceLocation, new StoredPassword(SecurePreferencesFactory::getDefault));
    }

    private RapportDatabaseService(Location instanceLocation, StoredPassword storedPassword) {
        this(() -> new DatabaseSettingsResolver(DatabaseSettingsResolver.workspaceScopes(), instanceLocation,
                storedPassword, System::getenv).resolve(), storedPassword);
    }

    /** Builds a service on given settings, without OSGi (tests, tools). */
    RapportDatabaseService(Supplier<DatabaseSettings> settingsSource) {
        this(settingsSource, new StoredPassword(() -> null), false);
    }

    private RapportDatabaseService(Supplier<DatabaseSettings> settingsSource, StoredPassword storedPassword) {
        this(settingsSource, storedPassword, false);
    }

    private RapportDatabaseService(Supplier<DatabaseSettings> settingsSource, StoredPassword storedPassword,
            boolean copyTarget) {
        this.settingsSource = settingsSource;
        this.storedPassword = storedPassword;
        this.copyTarget = copyTarget;
    }

    /** A service that opens units in the target of a copy while the copy runs (see {@link MigrationMarker}). */
    static RapportDatabaseService copyTarget(DatabaseSettings target) {
        return new RapportDatabaseService(() -> target, new StoredPassword(() -> null), true);
    }

    @Override
    public String name() {
        return user.name();
    }

    @Override
    public boolean isDatabaseLogin() {
        return user.isDatabaseLogin();
    }

    @Override
    public void storePassword(String password) {
        storedPassword.store(password);
    }

    @Override
    public boolean hasStoredPassword() {
        return storedPassword.isStored();
    }

    /** A service on embedded Derby in {@code workspace/db}, without OSGi (see {@code StandaloneDatabase}). */
    public static RapportDatabaseService embeddedIn(Path workspace) {
        return new RapportDatabaseService(() -> DatabaseSettings.embeddedIn(workspace));
    }

    /**
     * A service on a server database, without OSGi settings (see {@code StandaloneDatabase}); automatic backups go to
     * {@code workspace/backups}.
     */
    public static RapportDatabaseService onServer(String url, String user, String password, Path workspace) {
        if (url == null || !url.startsWith("jdbc:")) {
            throw new DatabaseException(Reason.UNREACHABLE, "'" + url + "' is not a JDBC URL. Use e.g."
                    + " jdbc:postgresql://HOST:5432/rapport.");
        }
        Path backups = workspace.toAbsolutePath().normalize().resolve("backups");
        return new RapportDatabaseService(() -> new DatabaseSettings(url, user, password, backups));
    }

    private synchronized Parts parts() {
        if (parts == null) {
            parts = Parts.on(settingsSource.get());
        }
        return parts;
    }

    @Override
    public synchronized EntityManagerFactory open(PersistenceUnitSpec unit) {
        EntityManagerFactory open = openUnits.get(unit.name());
        if (open != null) {
            return open;
        }
        JdbcAccess jdbc = parts().jdbc();
        try (SchemaLock lock = SchemaLock.acquire(jdbc)) {
            EntityManagerFactory emf = openPrepared(unit, jdbc);
            openUnits.put(unit.name(), emf);
            openSpecs.put(unit.name(), unit);
            return emf;
        }
    }

    /** Checks or upgrades the unit's schema version, opens its factory and generates its tables when needed. */
    private EntityManagerFactory openPrepared(PersistenceUnitSpec unit, JdbcAccess jdbc) {
        boolean tablesCurrent;
        Set<String> sequences;
        try (Connection c = jdbc.connect()) {
            refuseIncompleteCopy(c, jdbc);
            tablesCurrent = parts().upgrader().prepare(c, unit, jdbc.settings().displayLocation());
            sequences = tablesCurrent ? Set.of() : UnitTables.existingSequences(c);
            c.commit(); // ends the catalog read: Derby refuses to close a connection in a transaction
        } catch (SQLException e) {
            throw jdbc.translate(e, "check the schema version of '" + unit.name() + "'");
        }
        EntityManagerFactory emf = null;
        try {
            emf = parts().factories().build(unit);
            emf.createEntityManager().close(); // connects now, not in the first query of a view
            if (!tablesCurrent) {
                UnitTables.createOrExtend(emf, sequences);
                try (Connection c = jdbc.connect()) {
                    parts().upgrader().tablesGenerated(c, unit);
                } catch (SQLException e) {
                    throw jdbc.translate(e, "record the schema version of '" + unit.name() + "'");
                }
            }
        } catch (RuntimeException e) {
            if (emf != null) {
                emf.close();
            }
            if (e instanceof DatabaseException known) {
                throw known;
            }
            throw new DatabaseException(Reason.OTHER, "Could not open the '" + unit.name() + "' data in "
                    + jdbc.settings().displayLocation() + ": " + e.getMessage(), e);
        }
        return emf;
    }

    private void refuseIncompleteCopy(Connection c, JdbcAccess jdbc) throws SQLException {
        if (copyTarget || !jdbc.settings().isPostgreSql()) {
            return; // only a PostgreSQL database is the target of a copy
        }
        Optional<MigrationMarker.Pending> pending = MigrationMarker.read(c);
        if (pending.isPresent()) {
            throw MigrationMarker.openingRefused(jdbc.settings().displayLocation(), pending.get());
        }
    }

    @Override
    public synchronized DatabaseInfo info() {
        JdbcAccess jdbc = parts().jdbc();
        DatabaseSettings settings = jdbc.settings();
        if (!jdbc.exists()) {
            return new DatabaseInfo(settings.kind(), settings.displayLocation(), settings.embeddedDirectory(), false, "",
                    Map.of());
        }
        try (Connection c = jdbc.connect("")) {
            DatabaseMetaData meta = c.getMetaData();
            String engine = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
            return new DatabaseInfo(settings.kind(), settings.displayLocation(), settings.embeddedDirectory(), true,
                    engine, new SchemaVersions().all(c));
        } catch (SQLException e) {
            throw jdbc.translate(e, "read the database information");
        }
    }

    @Override
    public synchronized Path backup(Path targetDirectory) {
        JdbcAccess jdbc = parts().jdbc();
        try (Connection c = jdbc.connect()) {
            return parts().backups().backup(c, targetDirectory);
        } catch (SQLException e) {
            throw jdbc.translate(e, "back up the database");
        }
    }

    @Override
    public synchronized Path restore(Path backupDirectory) {
        JdbcAccess jdbc = parts().jdbc();
        DerbyBackups backups = parts().backups();
        DatabaseSettings settings = jdbc.settings();
        if (settings.isPostgreSql()) {
            throw new PgDump(settings).restoreRefused(backupDirectory);
        }
        if (settings.kind() != DatabaseKind.EMBEDDED_DERBY) {
            throw new DatabaseException(Reason.BACKUP, "The database " + settings.displayLocation() + " is a "
                    + settings.kind().label() + "; restore it on the server with its own tools.");
        }
        if (!openUnits.isEmpty()) {
            throw new DatabaseException(Reason.IN_USE, "The database is open in this Rapport (" + openUnits.keySet()
                    + "). Close Rapport and restore from the command line: rapport-cli restore " + backupDirectory);
        }
        Path copy = DerbyBackups.locateCopy(backupDirectory);
        Path safety = null;
        if (jdbc.exists()) {
            safety = backup(backups.automaticTarget("before-restore"));
            jdbc.shutdownEmbedded();
        }
        backups.restoreFrom(copy);
        log().info("Restored " + settings.displayLocation() + " from " + copy
                + (safety == null ? "" : "; the database as it was before is kept in " + safety));
        return safety;
    }

    @Override
    public String testConnection(String url, String user, String password) {
        // a connection test writes no backup, so it needs no workspace (whose settings may be what is being fixed)
        Path noBackups = Path.of(System.getProperty("java.io.tmpdir"));
        JdbcAccess server = new JdbcAccess(serverSettings(url, user, password, noBackups));
        try (Connection c = server.connect("")) {
            DatabaseMetaData meta = c.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            throw server.translate(e, "read the server's version");
        }
    }

    @Override
    public MigrationReport migrateTo(String url, String user, String password, IProgressMonitor monitor) {
        return migrateTo(url, user, password, false, monitor);
    }

    @Override
    public synchronized MigrationReport migrateTo(String url, String user, String password, boolean startOver,
            IProgressMonitor monitor) {
        return new DatabaseMigration(parts().jdbc(), openSpecs.values(), serverSettings(url, user, password,
                parts().jdbc().settings().backups())).run(startOver, monitor);
    }

    private DatabaseSettings serverSettings(String url, String user, String password, Path backups) {
        if (url == null || !url.startsWith("jdbc:")) {
            throw new DatabaseException(Reason.UNREACHABLE, "'" + url + "' is not a JDBC URL. Use e.g."
                    + " jdbc:postgresql://HOST:PORT/DATABASE.");
        }
        return new DatabaseSettings(url.trim(), user, password == null ? storedPassword.read() : password, backups);
    }

    /** The database's JDBC access, resolving the settings on first use (live change notifications). */
    JdbcAccess jdbc() {
        return parts().jdbc();
    }

    /** Empties the shared cache of every open unit: another process committed a change (team mode). */
    synchronized void evictSharedCaches() {
        openUnits.values().forEach(emf -> emf.getCache().evictAll());
    }

    /** The schema version recorded for a unit, for tests and tools. */
    synchronized OptionalInt schemaVersion(String unit) {
        JdbcAccess jdbc = parts().jdbc();
        try (Connection c = jdbc.connect()) {
            return new SchemaVersions().version(c, unit);
        } catch (SQLException e) {
            throw jdbc.translate(e, "read the schema version of '" + unit + "'");
        }
    }

    /** Closes every unit and shuts an embedded Derby down; called by DS when the service stops. */
    @Deactivate
    public synchronized void deactivate() {
        for (EntityManagerFactory emf : openUnits.values()) {
            try {
                emf.close();
            } catch (RuntimeException e) {
                log().warn("Could not close a persistence unit cleanly", e);
            }
        }
        openUnits.clear();
        openSpecs.clear();
        if (parts == null) {
            return;
        }
        try {
            parts.jdbc().shutdownEmbedded();
        } catch (DatabaseException e) {
            log().warn("Derby did not shut down cleanly; it recovers on the next start", e);
        }
    }

    /** Looked up when needed, so the class also works without a running Platform (tools, child JVMs in tests). */
    private static ILog log() {
        return ILog.of(RapportDatabaseService.class);
    }
}
