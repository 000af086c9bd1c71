package org.rapport.community.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.community.ui.CommunityUi;
import org.rapport.ui.RapportUi;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/** The Community perspective as a community manager finds it, and its view in the Contacts perspective. */
@ExtendWith(ScreenshotOnFailure.class)
class CommunityPerspectiveTest {

    private static final String CONTACTS_PERSPECTIVE_ID = "org.rapport.contacts.ui.perspective";

    @Test
    void opensWithMembersMemberOrbitTimelineAndThePillarsAsTabs() throws Exception {
        IPerspectiveDescriptor perspective = PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(CommunityUi.PERSPECTIVE_ID);
        assertNotNull(perspective, "the perspective is registered");
        CommunityDriver.waitForDemoData();
        IWorkbenchPage page = CommunityDriver.perspective();
        page.resetPerspective();
        UiTestSupport.flushEvents();
        assertEquals("Community", page.getPerspective().getLabel());
        for (String[] view : new String[][] { { CommunityUi.MEMBERS_VIEW_ID, "Members" },
                { CommunityUi.MEMBER_VIEW_ID, "Member" }, { CommunityUi.ORBIT_VIEW_ID, "Orbit" },
                { RapportUi.TIMELINE_VIEW_ID, "Timeline" } }) {
            IViewReference reference = page.findViewReference(view[0]);
            assertNotNull(reference, view[1] + " is in the perspective");
            assertTrue(page.isPartVisible(reference.getPart(true)), view[1] + " is visible");
            assertEquals(view[1], reference.getPartName());
        }
        for (String id : new String[] { CommunityUi.CONNECTIVITY_VIEW_ID, CommunityUi.CONVERSATIONS_VIEW_ID,
                CommunityUi.CONTENT_VIEW_ID, CommunityUi.COLLABORATION_VIEW_ID, CommunityUi.EVENTS_VIEW_ID }) {
            assertNotNull(UiTestSupport.window().getService(EPartService.class).findPart(id),
                    id + " is a tab beside the Orbit chart");
        }
    }

    @Test
    void theContactsPerspectiveShowsAContactsCommunitySide() {
        IWorkbenchPage page = CommunityDriver.perspective(CONTACTS_PERSPECTIVE_ID);
        page.resetPerspective();
        UiTestSupport.flushEvents();
        IViewReference reference = page.findViewReference(CommunityUi.CONTACT_COMMUNITY_VIEW_ID);
        assertNotNull(reference, "the Community view is in the Contacts perspective");
        assertTrue(page.isPartVisible(reference.getPart(true)), "beside the Timeline, visible");
    }
}
