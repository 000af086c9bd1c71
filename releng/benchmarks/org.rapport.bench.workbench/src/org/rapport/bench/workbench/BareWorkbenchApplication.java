package org.rapport.bench.workbench;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.launch.Framework;

/**
 * The least a 3.x workbench application does: a display, a workbench, one window with an empty perspective. The
 * start-up benchmark measures it beside Rapport, on the same platform bundles and VM arguments, as the floor that
 * Rapport's own start-up is compared with. Like Rapport, it closes its workbench when the benchmark ends it with
 * SIGTERM, so that its next start finds what a closed workbench leaves (the extension registry's cache).
 */
public class BareWorkbenchApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        StartupMilestones.mark("application");
        Display display = PlatformUI.createDisplay();
        Thread closeOnTerminate = new Thread(() -> closeAndWaitForStop(display));
        Runtime.getRuntime().addShutdownHook(closeOnTerminate);
        try {
            PlatformUI.createAndRunWorkbench(display, new BareWorkbenchAdvisor());
            return EXIT_OK;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(closeOnTerminate);
            } catch (IllegalStateException e) {
                // shutting down: the hook runs
            }
            display.dispose();
        }
    }

    private static void closeAndWaitForStop(Display display) {
        try {
            display.asyncExec(() -> {
                if (PlatformUI.isWorkbenchRunning()) {
                    PlatformUI.getWorkbench().close();
                }
            });
            Bundle system = FrameworkUtil.getBundle(BareWorkbenchApplication.class).getBundleContext()
                    .getBundle(Constants.SYSTEM_BUNDLE_LOCATION);
            if (system instanceof Framework framework) {
                framework.waitForStop(15_000);
            }
        } catch (SWTException | IllegalStateException e) {
            // already closed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
