package org.rapport.pipeline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.pipeline.OpportunityService;
import org.rapport.pipeline.OpportunitySummary;
import org.rapport.pipeline.StageKind;
import org.rapport.pipeline.StageVisit;
import org.rapport.pipeline.ui.internal.board.BoardModel;
import org.rapport.pipeline.ui.internal.board.BoardView;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/**
 * Dragging a card to another column through the board's own drag-and-drop listeners moves the deal: the columns'
 * counts change at once, the service has the new stage with the move in the history, and Edit &gt; Undo puts it back.
 */
@ExtendWith(ScreenshotOnFailure.class)
class BoardDragAndDropTest {

    @Test
    void draggingACardMovesTheDealAndEditUndoPutsItBack() throws Exception {
        BoardView view = BoardDriver.open();
        OpportunityService service = Services.get(OpportunityService.class);
        BoardModel model = view.canvas().model();
        List<BoardModel.Column> open = model.columns().stream().filter(c -> c.stage().kind() == StageKind.OPEN).toList();
        BoardModel.Column from = open.stream().filter(c -> !c.cards().isEmpty()).findFirst().orElseThrow();
        BoardModel.Column to = open.stream().filter(c -> c != from).findFirst().orElseThrow();
        OpportunitySummary card = from.cards().get(0);
        int fromCount = from.count();
        int toCount = to.count();
        int historyBefore = service.history(card.id()).size();

        BoardDriver.drag(view, card.id(), to.stage().id());

        assertEquals(fromCount - 1, count(view, from.stage().id()), "the source column counts one deal less at once");
        assertEquals(toCount + 1, count(view, to.stage().id()), "the target column counts one more at once");
        assertTrue(view.canvas().model().column(to.stage().id()).orElseThrow().cards().stream()
                .anyMatch(c -> c.id() == card.id()), "the card is shown in its new column");
        UiTestSupport.spinUntil(() -> service.opportunity(card.id()).orElseThrow().getStageId() == to.stage().id(),
                () -> "the service has the deal in " + to.stage().name());
        List<StageVisit> history = service.history(card.id());
        assertEquals(historyBefore + 1, history.size(), "the move is in the stage history");
        assertEquals(to.stage().id(), history.get(history.size() - 1).stageId());
        BoardDriver.waitForBoard(view);
        UiTestSupport.spinUntil(() -> count(view, to.stage().id()) == toCount + 1,
                () -> "the board read again still counts the move");

        view.canvas().setFocus();
        UiTestSupport.flushEvents();
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);

        UiTestSupport.spinUntil(() -> service.opportunity(card.id()).orElseThrow().getStageId() == from.stage().id(),
                () -> "Edit > Undo put the deal back into " + from.stage().name());
        assertEquals(historyBefore, service.history(card.id()).size(), "the undone move left the history");
        UiTestSupport.spinUntil(() -> count(view, from.stage().id()) == fromCount && count(view, to.stage().id()) == toCount,
                () -> "the columns count as before: " + count(view, from.stage().id()) + " and " + count(view, to.stage().id()));
    }

    private static int count(BoardView view, long stageId) {
        return view.canvas().model().column(stageId).orElseThrow().count();
    }
}
