package org.rapport.feed.ui.internal.polling;

import org.eclipse.ui.IStartup;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.rapport.feed.FeedPolling;

/**
 * Starts the automatic polling of feed sources once the workbench is up, whichever perspective is open: the polling
 * service polls while something holds it, and only the workbench should (rapport-cli and tools poll when told to).
 * Runs as the workbench's early start-up, in a background job after the window opened.
 */
public class StartPolling implements IStartup {

    @Override
    public void earlyStartup() {
        BundleContext context = FrameworkUtil.getBundle(StartPolling.class).getBundleContext();
        ServiceReference<FeedPolling> reference = context.getServiceReference(FeedPolling.class);
        if (reference != null) {
            // Held until the bundle stops (with the workbench); the service's deactivation stops the jobs.
            context.getService(reference);
        }
    }
}
