package org.rapport.cli.internal;

import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.persistence.DatabaseException;
import org.rapport.persistence.DatabaseException.Reason;

/** Finds a contacts service (importer, exporter) in the running product, waiting for DS to start it. */
final class ContactsServices {

    private static final long WAIT_SECONDS = 30;

    private ContactsServices() {
    }

    static <T> T await(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(ContactsServices.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            if (service != null) {
                return service;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            tracker.close();
        }
        throw new DatabaseException(Reason.UNREACHABLE, "The contacts service " + type.getSimpleName()
                + " did not start within " + WAIT_SECONDS + " s; see the log in the workspace's .metadata folder.");
    }
}
