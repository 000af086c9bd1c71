package org.rapport.loyalty.ui.tests;

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
import org.rapport.loyalty.ui.LoyaltyUi;
import org.rapport.ui.RapportUi;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/** The Loyalty perspective as a user finds it on a new workspace. */
@ExtendWith(ScreenshotOnFailure.class)
class LoyaltyPerspectiveTest {

    @Test
    void opensWithMembersCardRewardsProgramsDashboardAndTimeline() {
        IPerspectiveDescriptor perspective = PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(LoyaltyUi.PERSPECTIVE_ID);
        assertNotNull(perspective, "the perspective is registered");
        LoyaltyDriver.waitForDemoData();
        IWorkbenchPage page = LoyaltyDriver.perspective();
        page.resetPerspective();
        UiTestSupport.flushEvents();
        assertEquals("Loyalty", page.getPerspective().getLabel());
        for (String[] view : new String[][] { { LoyaltyUi.MEMBERS_VIEW_ID, "Members" },
                { LoyaltyUi.CARD_VIEW_ID, "Loyalty Card" }, { LoyaltyUi.REWARDS_VIEW_ID, "Rewards" } }) {
            IViewReference reference = page.findViewReference(view[0]);
            assertNotNull(reference, view[1] + " is in the perspective");
            assertTrue(page.isPartVisible(reference.getPart(true)), view[1] + " is visible");
            assertEquals(view[1], reference.getPartName());
        }
        for (String id : new String[] { LoyaltyUi.PROGRAMS_VIEW_ID, LoyaltyUi.DASHBOARD_VIEW_ID,
                RapportUi.TIMELINE_VIEW_ID }) {
            assertNotNull(UiTestSupport.window().getService(EPartService.class).findPart(id), id + " is a tab");
        }
    }

    @Test
    void theContactsPerspectiveHasTheLoyaltyCardBesideTheTimeline() {
        IPerspectiveDescriptor contacts = PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId("org.rapport.contacts.ui.perspective");
        assertNotNull(contacts, "the contacts perspective is installed");
        IWorkbenchPage page = UiTestSupport.page();
        page.setPerspective(contacts);
        page.resetPerspective();
        UiTestSupport.flushEvents();
        assertNotNull(page.findViewReference(LoyaltyUi.CARD_VIEW_ID), "the Loyalty Card is a tab in Contacts");
    }
}
