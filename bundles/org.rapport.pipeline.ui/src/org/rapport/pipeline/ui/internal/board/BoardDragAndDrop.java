package org.rapport.pipeline.ui.internal.board;

import java.util.function.BiConsumer;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DragSourceListener;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.DropTargetListener;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.rapport.pipeline.OpportunitySummary;
import org.rapport.pipeline.Stage;

/**
 * Dragging cards between the board's columns: the board is its own drag source and drop target (the workbench's
 * local selection transfer carries the card). While a card is dragged, the column under the pointer is highlighted
 * when the card may go there; dropping it there hands card and stage to the board, which moves the deal.
 */
final class BoardDragAndDrop implements DragSourceListener, DropTargetListener {

    private final BoardCanvas canvas;
    private final BiConsumer<OpportunitySummary, Stage> drop;
    private final LocalSelectionTransfer transfer = LocalSelectionTransfer.getTransfer();

    private BoardDragAndDrop(BoardCanvas canvas, BiConsumer<OpportunitySummary, Stage> drop) {
        this.canvas = canvas;
        this.drop = drop;
    }

    /** Registers the board as drag source and drop target of its cards. */
    static void install(BoardCanvas canvas, BiConsumer<OpportunitySummary, Stage> drop) {
        BoardDragAndDrop dnd = new BoardDragAndDrop(canvas, drop);
        Transfer[] types = { dnd.transfer };
        DragSource source = new DragSource(canvas, DND.DROP_MOVE);
        source.setTransfer(types);
        source.addDragListener(dnd);
        DropTarget target = new DropTarget(canvas, DND.DROP_MOVE | DND.DROP_DEFAULT);
        target.setTransfer(types);
        target.addDropListener(dnd);
    }

    @Override
    public void dragStart(DragSourceEvent event) {
        BoardCanvas.Hit hit = canvas.hit(event.x, event.y);
        if (hit == null || hit.card() == null) {
            event.doit = false;
            return;
        }
        transfer.setSelection(new StructuredSelection(hit.card()));
        transfer.setSelectionSetTime(event.time & 0xFFFFFFFFL);
        canvas.setSelectedId(hit.card().id());
    }

    @Override
    public void dragSetData(DragSourceEvent event) {
        event.data = transfer.getSelection();
    }

    @Override
    public void dragFinished(DragSourceEvent event) {
        transfer.setSelection(null);
        canvas.setDropStage(-1);
    }

    @Override
    public void dragEnter(DropTargetEvent event) {
        dragOver(event);
    }

    @Override
    public void dragOver(DropTargetEvent event) {
        Stage stage = targetStage(event, transfer.getSelection());
        event.detail = stage == null ? DND.DROP_NONE : DND.DROP_MOVE;
        event.feedback = DND.FEEDBACK_NONE;
        canvas.setDropStage(stage == null ? -1 : stage.id());
    }

    @Override
    public void dragOperationChanged(DropTargetEvent event) {
        dragOver(event);
    }

    @Override
    public void dragLeave(DropTargetEvent event) {
        canvas.setDropStage(-1);
    }

    @Override
    public void dropAccept(DropTargetEvent event) {
        if (targetStage(event, transfer.getSelection()) == null) {
            event.detail = DND.DROP_NONE;
        }
    }

    @Override
    public void drop(DropTargetEvent event) {
        canvas.setDropStage(-1);
        ISelection carried = event.data instanceof ISelection s ? s : transfer.getSelection();
        Stage stage = targetStage(event, carried);
        OpportunitySummary card = card(carried);
        if (stage == null || card == null) {
            event.detail = DND.DROP_NONE;
            return;
        }
        drop.accept(card, stage);
    }

    /** The stage a dragged card would go to at the event's point, or {@code null} when it cannot go there. */
    private Stage targetStage(DropTargetEvent event, ISelection carried) {
        OpportunitySummary card = card(carried);
        if (card == null) {
            return null;
        }
        Point at = canvas.toControl(event.x, event.y);
        BoardCanvas.Hit hit = canvas.hit(at.x, at.y);
        if (hit == null || hit.column().stage().id() == card.stageId()) {
            return null;
        }
        return hit.column().stage();
    }

    private static OpportunitySummary card(ISelection selection) {
        return selection instanceof IStructuredSelection s && s.getFirstElement() instanceof OpportunitySummary card
                ? card : null;
    }
}
