package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.ui.testing.UiTestSupport.flushEvents;
import static org.rapport.ui.testing.UiTestSupport.page;
import static org.rapport.ui.testing.UiTestSupport.window;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.ui.RapportUi;
import org.rapport.ui.testing.ScreenshotOnFailure;

/** The window a user sees after starting Rapport on a new workspace. */
@ExtendWith(ScreenshotOnFailure.class)
class WorkbenchWindowTest {

    @Test
    void opensRapportWindowInOverviewPerspectiveWithWelcomeAndTimeline() {
        flushEvents();
        Shell shell = window().getShell();
        assertTrue(shell.isVisible(), "the workbench window is shown");
        assertEquals("Rapport", shell.getText(), "window title");

        IWorkbenchPage page = page();
        assertEquals(RapportUi.OVERVIEW_PERSPECTIVE_ID, page.getPerspective().getId(), "perspective");
        assertEquals("Overview", page.getPerspective().getLabel(), "perspective name");
        assertVisibleView(page, RapportUi.OVERVIEW_VIEW_ID, "Welcome");
        assertVisibleView(page, RapportUi.TIMELINE_VIEW_ID, "Timeline");
    }

    private static void assertVisibleView(IWorkbenchPage page, String id, String title) {
        IViewReference reference = page.findViewReference(id);
        assertNotNull(reference, "the " + title + " view is in the perspective");
        IWorkbenchPart part = reference.getPart(true);
        assertNotNull(part, "the " + title + " view could be created");
        assertEquals(title, part.getTitle(), "view title");
        assertTrue(page.isPartVisible(part), "the " + title + " view is visible");
    }
}
