package org.rapport.loyalty.internal.osgi;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.core.demo.DemoDataService;

/** Services of the test runtime, as the product gets them from Declarative Services. */
final class Osgi {

    private Osgi() {
    }

    static <T> T service(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(Osgi.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
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

    /**
     * Loads the demo data of the runtime's workspace once (later calls load nothing). Every test calls it first, so
     * the demo program always finds loyalty empty, whichever test runs first.
     */
    static synchronized List<String> demoDataLoaded() {
        return service(DemoDataService.class).loadWhereEmpty(new NullProgressMonitor());
    }

    /** Waits (at most 30 s) until {@code done} answers true. */
    static boolean eventually(Supplier<Boolean> done) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!done.get()) {
            if (System.currentTimeMillis() > deadline) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
