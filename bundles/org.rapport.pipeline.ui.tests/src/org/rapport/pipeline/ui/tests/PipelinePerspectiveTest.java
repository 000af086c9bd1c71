package org.rapport.pipeline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.pipeline.Board;
import org.rapport.pipeline.OpportunityService;
import org.rapport.pipeline.ui.PipelineUi;
import org.rapport.pipeline.ui.internal.board.BoardModel;
import org.rapport.pipeline.ui.internal.board.BoardView;
import org.rapport.ui.RapportUi;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/** The Sales Pipeline perspective as a rep finds it on a new workspace with the demo data. */
@ExtendWith(ScreenshotOnFailure.class)
class PipelinePerspectiveTest {

    @Test
    void isInThePerspectiveSwitcherAndShowsTheBoardMyDayCasesAndTimeline() throws Exception {
        assertNotNull(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(PipelineUi.PERSPECTIVE_ID),
                "the perspective is registered");
        BoardView board = BoardDriver.open();
        IWorkbenchPage page = UiTestSupport.page();
        page.resetPerspective();
        UiTestSupport.flushEvents();
        assertEquals("Sales Pipeline", page.getPerspective().getLabel());
        for (String[] view : new String[][] { { PipelineUi.BOARD_VIEW_ID, "Pipeline Board" },
                { PipelineUi.MY_DAY_VIEW_ID, "My Day" }, { PipelineUi.CASES_VIEW_ID, "Cases" },
                { RapportUi.TIMELINE_VIEW_ID, "Timeline" } }) {
            IViewReference reference = page.findViewReference(view[0]);
            assertNotNull(reference, view[1] + " is in the perspective");
            assertTrue(page.isPartVisible(reference.getPart(true)), view[1] + " is visible");
        }
        for (String id : List.of(PipelineUi.OPPORTUNITIES_VIEW_ID, PipelineUi.FORECAST_VIEW_ID, PipelineUi.CAMPAIGNS_VIEW_ID)) {
            assertNotNull(UiTestSupport.window().getService(EPartService.class).findPart(id),
                    id + " is in the perspective (a tab beside the board)");
        }
        board = BoardDriver.view(page, PipelineUi.BOARD_VIEW_ID, BoardView.class);
        BoardDriver.waitForBoard(board);
        assertBoardMatchesTheService(board);
    }

    /** The demo pipeline's columns, counts and first cards are those the service reads. */
    static void assertBoardMatchesTheService(BoardView view) {
        BoardModel model = view.canvas().model();
        Board expected = Services.get(OpportunityService.class).board(model.board().query());
        assertTrue(expected.count() > 0, "the demo data has deals on the board");
        assertEquals(expected.columns().size(), model.columns().size(), "one column per stage");
        for (int i = 0; i < expected.columns().size(); i++) {
            var want = expected.columns().get(i);
            var shown = model.columns().get(i);
            assertEquals(want.stage().name(), shown.stage().name(), "column " + i);
            assertEquals(want.count(), shown.count(), "count of " + want.stage().name());
            assertEquals(want.totals(), shown.totals(), "total of " + want.stage().name());
            assertEquals(want.cards().stream().map(c -> c.id()).toList(), shown.cards().stream().map(c -> c.id()).toList(),
                    "cards of " + want.stage().name());
        }
        assertTrue(view.canvas().paints() > 0, "the board was painted");
    }
}
