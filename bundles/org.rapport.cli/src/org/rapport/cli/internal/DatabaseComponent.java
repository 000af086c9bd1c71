package org.rapport.cli.internal;

import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.persistence.DatabaseAdmin;
import org.rapport.persistence.DatabaseException;
import org.rapport.persistence.DatabaseException.Reason;

/**
 * The workspace's database service as the command line uses it: found when a command needs it, and restarted through
 * Declarative Services when {@code --db} chooses another database than the one it already opened (the service reads
 * its settings once, on first use). Restarting it restarts every domain service that uses it, so they all work on the
 * chosen database.
 */
final class DatabaseComponent implements AutoCloseable {

    private static final long WAIT_SECONDS = 30;

    private final ServiceTracker<DatabaseAdmin, DatabaseAdmin> admin;
    private final ServiceTracker<ServiceComponentRuntime, ServiceComponentRuntime> runtime;

    DatabaseComponent(BundleContext context) {
        admin = new ServiceTracker<>(context, DatabaseAdmin.class, null);
        runtime = new ServiceTracker<>(context, ServiceComponentRuntime.class, null);
        admin.open();
        runtime.open();
    }

    /** The database service, waiting briefly for it to be registered. */
    DatabaseAdmin admin() {
        try {
            DatabaseAdmin service = admin.waitForService(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            if (service != null) {
                return service;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new DatabaseException(Reason.UNREACHABLE, "The database service did not start within " + WAIT_SECONDS
                + " s; see the log in the workspace's .metadata folder.");
    }

    /** Stops the database service (closing its units) and starts it again, so that it reads its settings anew. */
    void restart() {
        ServiceComponentRuntime scr = runtime.getService();
        Bundle persistence = FrameworkUtil.getBundle(DatabaseAdmin.class);
        ComponentDescriptionDTO component = scr == null || persistence == null ? null
                : scr.getComponentDescriptionDTOs(persistence).stream()
                        .filter(c -> c.serviceInterfaces != null
                                && Arrays.asList(c.serviceInterfaces).contains(DatabaseAdmin.class.getName()))
                        .findFirst().orElse(null);
        if (component == null) {
            throw new DatabaseException(Reason.OTHER, "The database service cannot be switched to another database"
                    + " here (no Declarative Services runtime); start rapport-cli with --db instead.");
        }
        try {
            scr.disableComponent(component).getValue();
            scr.enableComponent(component).getValue();
        } catch (InvocationTargetException e) {
            throw new DatabaseException(Reason.OTHER, "The database service could not be restarted: "
                    + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException(Reason.OTHER, "Interrupted while restarting the database service", e);
        }
    }

    @Override
    public void close() {
        admin.close();
        runtime.close();
    }
}
