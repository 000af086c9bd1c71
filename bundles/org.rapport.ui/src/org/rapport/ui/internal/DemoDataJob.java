package org.rapport.ui.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.rapport.core.demo.DemoDataService;
import org.rapport.ui.RapportUi;

/**
 * Fills the empty domains of a new workspace with demo data after the window has opened, so that a newcomer never
 * faces empty views and the start is not slowed down. Progress shows in the status line and the Progress view.
 */
final class DemoDataJob extends Job {

    DemoDataJob() {
        super("Preparing demo data");
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        BundleContext context = FrameworkUtil.getBundle(DemoDataJob.class).getBundleContext();
        ServiceReference<DemoDataService> reference = context.getServiceReference(DemoDataService.class);
        if (reference == null) {
            return Status.OK_STATUS;
        }
        DemoDataService demo = context.getService(reference);
        try {
            List<String> loaded = demo.loadWhereEmpty(monitor);
            return loaded.isEmpty() ? Status.OK_STATUS
                    : Status.info("Demo data loaded: " + String.join(", ", loaded));
        } catch (RuntimeException e) {
            return new Status(IStatus.WARNING, RapportUi.PLUGIN_ID, "Demo data could not be loaded", e);
        } finally {
            context.ungetService(reference);
        }
    }
}
