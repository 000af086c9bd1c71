package org.rapport.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.core.demo.DemoDataService;

/** Services of a test runtime, as the product gets them from Declarative Services; for OSGi tests of any domain. */
public final class Osgi {

    private Osgi() {
    }

    /** The registered service of {@code type}, waiting at most 30 s for it; fails the test when there is none. */
    public static <T> T service(Class<T> type) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(30));
            assertNotNull(service, type.getSimpleName() + " is registered");
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** This bundle's context; the test runtime resolves it but need not start it, so it starts it on first use. */
    static BundleContext context() {
        Bundle bundle = FrameworkUtil.getBundle(Osgi.class);
        if (bundle.getBundleContext() == null) {
            try {
                bundle.start(Bundle.START_TRANSIENT);
            } catch (BundleException e) {
                throw new AssertionError("the test helpers' bundle cannot start", e);
            }
        }
        return bundle.getBundleContext();
    }

    /**
     * Loads the demo data of the runtime's workspace once (later calls load nothing). Every test that uses the
     * workspace's data calls it first, so that each domain's demo data always finds its domain empty, whichever test
     * runs first.
     *
     * @return the names of the providers that loaded data
     */
    public static synchronized List<String> demoDataLoaded() {
        return service(DemoDataService.class).loadWhereEmpty(new NullProgressMonitor());
    }

    /** Waits (at most 30 s) until {@code done} answers true, e.g. until the contacts' search index has a change. */
    public static boolean eventually(Supplier<Boolean> done) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!done.get()) {
            if (System.currentTimeMillis() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
