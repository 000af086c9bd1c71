package org.rapport.ui.internal;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * The Rapport window: title, toolbar, perspective switcher, status line with progress. A new workspace's window opens
 * maximized; later starts restore the size, place and maximized state the user left (the workbench saves them).
 */
public class RapportWindowAdvisor extends WorkbenchWindowAdvisor {

    /** The window title; the product smoke test looks for it. */
    public static final String TITLE = "Rapport";

    private boolean restored;

    RapportWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new RapportActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setTitle(TITLE);
        configurer.setShowCoolBar(true);
        configurer.setShowPerspectiveBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
    }

    @Override
    public void postWindowRestore() {
        restored = true;
    }

    /**
     * A window without saved state (a new workspace) fills the screen it opens on. Maximizing alone is up to the
     * window manager (and does nothing without one), so it also gets the screen's work area as its bounds.
     */
    @Override
    public void postWindowCreate() {
        if (restored) {
            return;
        }
        Shell shell = getWindowConfigurer().getWindow().getShell();
        shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea());
        shell.setMaximized(true);
    }

    @Override
    public void postWindowOpen() {
        StartupTrace.mark("window");
    }
}
