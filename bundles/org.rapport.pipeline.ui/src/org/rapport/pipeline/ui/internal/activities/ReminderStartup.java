package org.rapport.pipeline.ui.internal.activities;

import org.eclipse.ui.IStartup;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.rapport.pipeline.activities.ReminderService;

/**
 * Starts the activity reminders once the workbench window is up (an early-startup extension runs after the window
 * opens, off the UI thread). The {@link ReminderService} is a delayed DS component that opens the pipeline data; it
 * runs only while something holds it, so headless tools on the same installation (rapport-cli backup/restore) never
 * start it, and the workbench holds it here for as long as it runs. Its due events reach {@link ReminderNotifier}.
 */
public class ReminderStartup implements IStartup {

    @Override
    public void earlyStartup() {
        BundleContext context = FrameworkUtil.getBundle(ReminderStartup.class).getBundleContext();
        ServiceReference<ReminderService> reference = context == null ? null
                : context.getServiceReference(ReminderService.class);
        if (reference != null) {
            context.getService(reference); // held until this bundle stops: the reminders run with the workbench
        }
    }
}
