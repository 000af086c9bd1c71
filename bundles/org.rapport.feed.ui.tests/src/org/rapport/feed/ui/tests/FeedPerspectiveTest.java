package org.rapport.feed.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.feed.ui.FeedUi;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/** The Social Feed perspective as a rep finds it on a new workspace. */
@ExtendWith(ScreenshotOnFailure.class)
class FeedPerspectiveTest {

    @Test
    void isInThePerspectiveSwitcherAndOpens() throws Exception {
        IPerspectiveDescriptor perspective = PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(FeedUi.PERSPECTIVE_ID);
        assertNotNull(perspective, "the perspective is registered");
        IWorkbenchPage page = UiTestSupport.page();
        page.setPerspective(perspective);
        UiTestSupport.flushEvents();
        assertEquals("Social Feed", page.getPerspective().getLabel());
    }
}
