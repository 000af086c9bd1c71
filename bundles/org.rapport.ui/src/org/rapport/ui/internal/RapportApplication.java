package org.rapport.ui.internal;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** Starts the Rapport workbench on the 3.x workbench API (which runs on e4). */
public class RapportApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        StartupTrace.mark("application");
        Display display = PlatformUI.createDisplay();
        CloseOnTerminate closeOnTerminate = CloseOnTerminate.install(display, RapportApplication.class);
        try {
            if (!lockWorkspace()) {
                return EXIT_OK;
            }
            int code = PlatformUI.createAndRunWorkbench(display, new RapportWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
        } finally {
            closeOnTerminate.uninstall();
            display.dispose();
        }
    }

    /** One workbench per workspace: a second one would find the database locked anyway, so say so plainly. */
    private static boolean lockWorkspace() throws Exception {
        Location workspace = Platform.getInstanceLocation();
        if (workspace == null || !workspace.isSet() || workspace.lock()) {
            return true;
        }
        MessageDialog.openError(null, "Rapport is already running",
                "The workspace " + workspace.getURL().getPath() + " is in use by another Rapport window.\n\n"
                        + "Switch to that window, or start Rapport with another workspace: rapport -data DIR");
        return false;
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
