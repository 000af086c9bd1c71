package org.rapport.persistence.internal;

import java.sql.Driver;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.persistence.DatabaseException;
import org.rapport.persistence.DatabaseException.Reason;

/**
 * Finds the JDBC driver for a database: Derby from this bundle's own imports, any other (PostgreSQL) through the OSGi
 * JDBC {@link DataSourceFactory} its driver bundle registers. That bundle is started on demand: a laptop on embedded
 * Derby never pays for it, and a driver installed later as a plugin works the same way.
 * <p>
 * The factory is looked up when a server database is opened, not referenced by the component: a missing driver must
 * be a message to the person who configured the URL, not a database service that silently never appears.
 */
final class JdbcDrivers {

    private static final long WAIT_FOR_FACTORY_MS = 10_000;
    private static final String SERVICE_NAMESPACE = "osgi.service";

    private JdbcDrivers() {
    }

    /**
     * A driver instance for the class named by the settings.
     *
     * @throws DatabaseException {@code UNREACHABLE} when no installed bundle provides it
     */
    static Driver driver(DatabaseSettings settings) {
        String driverClass = settings.driverClass();
        if (driverClass == null) {
            throw new DatabaseException(Reason.UNREACHABLE, "No JDBC driver for " + settings.displayLocation()
                    + " is known to this Rapport. Use a PostgreSQL URL (jdbc:postgresql://HOST:PORT/DATABASE) or a"
                    + " Derby URL.");
        }
        if (settings.kind().isDerby()) {
            return instantiate(driverClass, settings);
        }
        return fromFactory(driverClass, settings);
    }

    private static Driver instantiate(String driverClass, DatabaseSettings settings) {
        try {
            return (Driver) Class.forName(driverClass, true, JdbcDrivers.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw notInstalled(driverClass, settings, e);
        }
    }

    private static Driver fromFactory(String driverClass, DatabaseSettings settings) {
        Bundle own = FrameworkUtil.getBundle(JdbcDrivers.class);
        BundleContext context = own == null ? null : own.getBundleContext();
        if (context == null) {
            // outside OSGi (plain Java tools): the driver must be on the class path
            return instantiate(driverClass, settings);
        }
        Filter filter;
        try {
            filter = context.createFilter("(&(objectClass=" + DataSourceFactory.class.getName() + ")("
                    + DataSourceFactory.OSGI_JDBC_DRIVER_CLASS + "=" + driverClass + "))");
        } catch (InvalidSyntaxException e) {
            throw notInstalled(driverClass, settings, e);
        }
        ServiceTracker<DataSourceFactory, DataSourceFactory> tracker = new ServiceTracker<>(context, filter, null);
        tracker.open();
        try {
            DataSourceFactory factory = tracker.getService();
            if (factory == null && startProvider(context, driverClass)) {
                factory = tracker.waitForService(WAIT_FOR_FACTORY_MS);
            }
            if (factory == null) {
                throw notInstalled(driverClass, settings, null);
            }
            return factory.createDriver(null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notInstalled(driverClass, settings, e);
        } catch (SQLException e) {
            throw new DatabaseException(Reason.UNREACHABLE, "The JDBC driver " + driverClass + " for "
                    + settings.displayLocation() + " could not be created: " + e.getMessage(), e);
        } finally {
            tracker.close();
        }
    }

    /** Starts the resolved bundle that declares a DataSourceFactory for the driver class; whether one was found. */
    private static boolean startProvider(BundleContext context, String driverClass) {
        for (Bundle bundle : context.getBundles()) {
            BundleRevision revision = bundle.adapt(BundleRevision.class);
            if (revision == null || !providesFactory(revision.getDeclaredCapabilities(SERVICE_NAMESPACE), driverClass)) {
                continue;
            }
            try {
                bundle.start(Bundle.START_TRANSIENT);
                return true;
            } catch (BundleException e) {
                throw new DatabaseException(Reason.UNREACHABLE, "The JDBC driver bundle " + bundle.getSymbolicName()
                        + " could not be started: " + e.getMessage(), e);
            }
        }
        return false;
    }

    private static boolean providesFactory(List<BundleCapability> capabilities, String driverClass) {
        for (BundleCapability capability : capabilities) {
            Map<String, Object> attributes = capability.getAttributes();
            Object classes = attributes.get("objectClass");
            boolean isFactory = classes instanceof List<?> list ? list.contains(DataSourceFactory.class.getName())
                    : DataSourceFactory.class.getName().equals(classes);
            if (isFactory && driverClass.equals(attributes.get(DataSourceFactory.OSGI_JDBC_DRIVER_CLASS))) {
                return true;
            }
        }
        return false;
    }

    private static DatabaseException notInstalled(String driverClass, DatabaseSettings settings, Throwable cause) {
        return new DatabaseException(Reason.UNREACHABLE, "The JDBC driver " + driverClass + " for "
                + settings.displayLocation() + " is not installed in this Rapport (no OSGi DataSourceFactory for it)."
                + " Install the Rapport platform feature that includes it, or the plugin that provides it.", cause);
    }
}
