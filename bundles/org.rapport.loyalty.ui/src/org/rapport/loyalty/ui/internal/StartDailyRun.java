package org.rapport.loyalty.ui.internal;

import org.eclipse.ui.IStartup;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.rapport.loyalty.LoyaltyDailyRun;

/**
 * Starts the daily loyalty run (the expiry of lots past their end, birthdays, the tier review on the first of the
 * month) once the workbench is up, whichever perspective is open: the run is a service that works while something
 * holds it, and only the workbench should (rapport-cli runs {@code loyalty expire} when told to). Runs as the
 * workbench's early start-up, in a background job after the window opened.
 */
public class StartDailyRun implements IStartup {

    @Override
    public void earlyStartup() {
        BundleContext context = FrameworkUtil.getBundle(StartDailyRun.class).getBundleContext();
        ServiceReference<LoyaltyDailyRun> reference = context == null ? null
                : context.getServiceReference(LoyaltyDailyRun.class);
        if (reference != null) {
            // Held until the bundle stops (with the workbench); the service's deactivation stops its jobs.
            context.getService(reference);
        }
    }
}
