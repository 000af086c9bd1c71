package org.rapport.plugins.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.plugins.PluginPreferences;
import org.rapport.ui.testing.MenuBar;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/** The install lock in the real workbench: Help > Install New Software follows org.rapport.plugins/installAllowed. */
@ExtendWith(ScreenshotOnFailure.class)
class InstallLockTest {

    private static final String INSTALL = "Install New Software...";

    private final IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(PluginPreferences.QUALIFIER);

    @AfterEach
    void unlock() {
        preferences.remove(PluginPreferences.INSTALL_ALLOWED);
    }

    private static List<String> help() {
        return new MenuBar(UiTestSupport.window().getShell()).items("Help");
    }

    @Test
    void lockingRemovesInstallNewSoftwareAndKeepsCheckForUpdates() {
        UiTestSupport.flushEvents();
        assertTrue(help().contains(INSTALL), "by default users may install plugins: " + help());

        preferences.putBoolean(PluginPreferences.INSTALL_ALLOWED, false);
        UiTestSupport.spinUntil(() -> !help().contains(INSTALL), () -> "Install New Software is still offered: " + help());
        assertTrue(help().contains("Check for Updates"), "updates from the product's site stay: " + help());

        preferences.remove(PluginPreferences.INSTALL_ALLOWED);
        UiTestSupport.spinUntil(() -> help().contains(INSTALL), () -> "unlocked, Install New Software is back: " + help());
    }
}
