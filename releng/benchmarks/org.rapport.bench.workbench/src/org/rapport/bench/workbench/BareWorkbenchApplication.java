package org.rapport.bench.workbench;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * The least a 3.x workbench application does: a display, a workbench, one window with an empty perspective. The
 * start-up benchmark measures it beside Rapport, on the same platform bundles and VM arguments, as the floor that
 * Rapport's own start-up is compared with.
 */
public class BareWorkbenchApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        StartupMilestones.mark("application");
        Display display = PlatformUI.createDisplay();
        try {
            PlatformUI.createAndRunWorkbench(display, new BareWorkbenchAdvisor());
            return EXIT_OK;
        } finally {
            display.dispose();
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
