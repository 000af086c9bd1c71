package org.rapport.ui.internal;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.launch.Framework;

/**
 * Closes the workbench as File &gt; Exit does when the process is asked to end (SIGTERM: logging out, shutting down,
 * {@code kill}), and holds the JVM until the OSGi framework has stopped. Without it the JVM ends in the middle: the
 * window layout, the extension registry's cache (so the next start reads every bundle's plugin.xml again) and a clean
 * shutdown of the embedded database are lost. The wait is bounded, so a workbench that cannot close (a modal dialog
 * asking to save) still ends.
 */
final class CloseOnTerminate {

    private static final long WAIT_FOR_STOP_MS = 20_000;

    private final Thread hook;

    private CloseOnTerminate(Thread hook) {
        this.hook = hook;
    }

    /** Installs the JVM shutdown hook; {@code owner} is a class of the application's bundle. */
    static CloseOnTerminate install(Display display, Class<?> owner) {
        Bundle bundle = FrameworkUtil.getBundle(owner);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        Thread hook = new Thread(() -> closeAndWait(display, context), "Rapport: close the workbench on SIGTERM");
        Runtime.getRuntime().addShutdownHook(hook);
        return new CloseOnTerminate(hook);
    }

    /** Removes the hook once the workbench has ended by itself (File &gt; Exit, restart). */
    void uninstall() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running and ends on its own
        }
    }

    private static void closeAndWait(Display display, BundleContext context) {
        try {
            // asynchronous: a UI thread that cannot take it must not hold the JVM beyond the bounded wait below
            display.asyncExec(() -> {
                if (PlatformUI.isWorkbenchRunning()) {
                    PlatformUI.getWorkbench().close();
                }
            });
        } catch (SWTException e) {
            return; // the display is gone: the workbench has already closed
        }
        if (context == null) {
            return;
        }
        try {
            Bundle system = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION);
            if (system instanceof Framework framework) {
                framework.waitForStop(WAIT_FOR_STOP_MS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IllegalStateException e) {
            // the bundle context is no longer valid: the framework has stopped
        }
    }
}
