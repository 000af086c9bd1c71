package org.rapport.plugins.ui.internal;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.p2.ui.Policy;
import org.eclipse.ui.IStartup;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.plugins.PluginService;

/**
 * After the window opens, in a background job: adds the product's update site to p2's known sites, and lets p2's
 * dialogs offer "Apply Changes Now" after an install (the SDK's policy only offers a restart), so a plugin that only
 * adds bundles, such as a feed source type, is usable at once.
 */
public class UpdateSiteStartup implements IStartup {

    @Override
    public void earlyStartup() {
        Job job = Job.create("Registering the update site", monitor -> {
            BundleContext context = FrameworkUtil.getBundle(UpdateSiteStartup.class).getBundleContext();
            ServiceTracker<PluginService, PluginService> tracker = new ServiceTracker<>(context, PluginService.class, null);
            tracker.open();
            try {
                applyOrRestart(context);
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

    /** p2 UI's policy (the SDK's, registered by org.eclipse.equinox.p2.ui.sdk) asks "restart or apply". */
    private static void applyOrRestart(BundleContext context) throws InterruptedException {
        // the policy is a DS component of a lazy bundle nothing has loaded a class from yet
        Bundle sdk = Platform.getBundle("org.eclipse.equinox.p2.ui.sdk");
        if (sdk != null && sdk.getState() != Bundle.ACTIVE) {
            try {
                sdk.start(Bundle.START_TRANSIENT);
            } catch (BundleException e) {
                return; // no p2 UI: nothing to configure
            }
        }
        ServiceTracker<Policy, Policy> policies = new ServiceTracker<>(context, Policy.class, null);
        policies.open();
        try {
            Policy policy = policies.waitForService(10_000);
            if (policy != null) {
                policy.setRestartPolicy(Policy.RESTART_POLICY_PROMPT_RESTART_OR_APPLY);
            }
        } finally {
            policies.close();
        }
    }

}
