package org.rapport.plugins.ui.internal;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IStartup;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.plugins.PluginService;

/** Adds the product's update site to p2's known sites after the window opens, in a background job. */
public class UpdateSiteStartup implements IStartup {

    @Override
    public void earlyStartup() {
        Job job = Job.create("Registering the update site", monitor -> {
            BundleContext context = FrameworkUtil.getBundle(UpdateSiteStartup.class).getBundleContext();
            ServiceTracker<PluginService, PluginService> tracker = new ServiceTracker<>(context, PluginService.class, null);
            tracker.open();
            try {
                PluginService plugins = tracker.waitForService(30_000);
                if (plugins != null) {
                    plugins.registerUpdateSite();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                return Status.warning("The update site could not be registered with p2: " + e.getMessage(), e);
            } finally {
                tracker.close();
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

}
