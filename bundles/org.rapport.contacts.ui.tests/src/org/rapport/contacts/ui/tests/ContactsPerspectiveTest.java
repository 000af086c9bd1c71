package org.rapport.contacts.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.contacts.ui.ContactsUi;
import org.rapport.ui.RapportUi;
import org.rapport.ui.testing.MenuBar;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/** The Contacts perspective as a user finds it: the list, the editor area, the Timeline, and the New Contact entry points. */
@ExtendWith(ScreenshotOnFailure.class)
class ContactsPerspectiveTest {

    @Test
    void showsTheContactsListTheEditorAreaAndTheTimeline() throws Exception {
        ContactsListDriver.open();
        IWorkbenchPage page = UiTestSupport.page();
        page.resetPerspective();
        UiTestSupport.flushEvents();

        assertEquals(ContactsUi.PERSPECTIVE_ID, page.getPerspective().getId());
        assertEquals("Contacts", page.getPerspective().getLabel());
        assertVisibleView(page, ContactsUi.LIST_VIEW_ID, "Contacts");
        assertVisibleView(page, RapportUi.TIMELINE_VIEW_ID, "Timeline");
        assertTrue(page.isEditorAreaVisible(), "the editor area is shown for contact editors");
    }

    @Test
    void isTheProductsFirstPerspective() {
        String preset = Platform.getPreferencesService().getString(RapportUi.PLUGIN_ID, "initialPerspective", "", null);
        assertEquals(ContactsUi.PERSPECTIVE_ID, preset, "plugin_customization.ini names the Contacts perspective");
        assertNotNull(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(preset),
                "and it is installed, so the workbench opens it for a new workspace");
    }

    @Test
    void newContactIsInTheFileMenu() throws Exception {
        ContactsListDriver.open();
        List<String> file = new MenuBar(UiTestSupport.window().getShell()).items("File");
        assertTrue(file.contains("New Contact"), "File menu: " + file);
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
