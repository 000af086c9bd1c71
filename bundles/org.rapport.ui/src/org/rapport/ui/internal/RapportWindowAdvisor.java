package org.rapport.ui.internal;

import java.awt.SplashScreen;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
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

    /** The window title of Rapport's own product (and without a product); the product smoke test looks for it. */
    public static final String TITLE = "Rapport";

    /**
     * The product property a custom product (releng/custom-product) sets to title its window; without it the
     * product's name is the title.
     */
    static final String WINDOW_TITLE_PROPERTY = "windowTitle";

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
        configurer.setTitle(title(Platform.getProduct()));
        configurer.setShowCoolBar(true);
        configurer.setShowPerspectiveBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
    }

    /** The product's window title, else its name, else Rapport's: IT's own build names its window. */
    static String title(IProduct product) {
        if (product == null) {
            return TITLE;
        }
        String title = product.getProperty(WINDOW_TITLE_PROPERTY);
        if (title == null || title.isBlank()) {
            title = product.getName();
        }
        return title == null || title.isBlank() ? TITLE : title;
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
        closeSplash();
    }

    /**
     * Closes the splash screen a custom product's start script has Java show ({@code -splash:}); without one there is
     * nothing to close. Java would only close it by itself when an AWT window opens, which never happens here.
     */
    private static void closeSplash() {
        try {
            SplashScreen splash = SplashScreen.getSplashScreen();
            if (splash != null) {
                splash.close();
            }
        } catch (UnsupportedOperationException e) {
            // headless, or a Java without splash screen support: no splash was shown
        }
    }
}
