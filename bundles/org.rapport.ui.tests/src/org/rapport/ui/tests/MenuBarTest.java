package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.ui.testing.MenuBar;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/** The menus users of Eclipse products expect, with the labels they read. */
@ExtendWith(ScreenshotOnFailure.class)
class MenuBarTest {

    private MenuBar menuBar;

    @BeforeEach
    void readMenuBar() {
        UiTestSupport.flushEvents();
        menuBar = new MenuBar(UiTestSupport.window().getShell());
    }

    @Test
    void showsFileEditWindowHelpInThisOrder() {
        assertEquals(List.of("File", "Edit", "Window", "Help"), menuBar.titles());
    }

    @Test
    void fileMenuOffersImportExportAndExit() {
        assertContainsInOrder(menuBar.items("File"), "Import...", "Export...", "Exit");
    }

    @Test
    void editMenuOffersUndoAndRedo() {
        assertContainsInOrder(menuBar.items("Edit"), "Undo", "Redo");
    }

    @Test
    void windowMenuOffersPerspectivesViewsAndPreferences() {
        assertContainsInOrder(menuBar.items("Window"), "Open Perspective", "Show View", "Preferences...");
    }

    @Test
    void helpMenuOffersInstallNewSoftwareFromP2AndAboutRapport() {
        List<String> help = menuBar.items("Help");
        assertTrue(help.contains("Install New Software..."), "p2 contributes Install New Software...: " + help);
        assertTrue(help.contains("About Rapport"), "About names the product: " + help);
    }

    private static void assertContainsInOrder(List<String> actual, String... expected) {
        int from = 0;
        for (String label : expected) {
            int at = actual.subList(from, actual.size()).indexOf(label);
            assertTrue(at >= 0, "'" + label + "' (after " + String.join(", ", actual.subList(0, from)) + ") in " + actual);
            from += at + 1;
        }
    }
}
