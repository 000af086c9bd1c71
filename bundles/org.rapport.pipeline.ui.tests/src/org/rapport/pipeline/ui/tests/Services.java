package org.rapport.pipeline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;

import org.eclipse.core.runtime.jobs.Job;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.rapport.ui.testing.UiTestSupport;

/** The OSGi services of the test runtime (their database is in the test workspace), and waiting for the demo data. */
final class Services {

    private Services() {
    }

    static <T> T get(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
        assertNotNull(context, "the pipeline UI bundle is started");
        ServiceReference<T> reference = context.getServiceReference(type);
        assertNotNull(reference, "the " + type.getSimpleName() + " is registered (DS)");
        return context.getService(reference);
    }

    /** Every domain's demo data together takes a while on a busy 2-core machine. */
    static final java.time.Duration DEMO_DATA_TIMEOUT = java.time.Duration.ofMinutes(3);

    /** The demo data of a new workspace is loaded in a job after start-up; tests start once it is in. */
    static void waitForDemoData() {
        UiTestSupport.spinUntil(() -> Arrays.stream(Job.getJobManager().find(null))
                .noneMatch(job -> job.getName().startsWith("Preparing demo data")), DEMO_DATA_TIMEOUT,
                () -> "the demo data job has finished");
    }
}
