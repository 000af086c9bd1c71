package org.rapport.pipeline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DragSourceListener;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.DropTargetListener;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.rapport.pipeline.ui.PipelineUi;
import org.rapport.pipeline.ui.internal.board.BoardCanvas;
import org.rapport.pipeline.ui.internal.board.BoardView;
import org.rapport.ui.testing.UiTestSupport;

/**
 * Opens the Sales Pipeline perspective and drives its board: waits for it to be read and drags cards through the
 * drag-source and drop-target listeners the board registered on its canvas, with the events SWT would deliver (the
 * native drag session itself cannot be started reliably on a virtual X server).
 */
final class BoardDriver {

    private BoardDriver() {
    }

    /** Shows the perspective and the board; waits for the demo data and the first board. */
    static BoardView open() throws Exception {
        Services.waitForDemoData();
        IWorkbenchPage page = UiTestSupport.page();
        PlatformUI.getWorkbench().showPerspective(PipelineUi.PERSPECTIVE_ID, UiTestSupport.window());
        BoardView view = view(page, PipelineUi.BOARD_VIEW_ID, BoardView.class);
        waitForBoard(view);
        return view;
    }

    /** Shows a view (an e4view: a POJO in an MPart) and returns its POJO. */
    static <T> T view(IWorkbenchPage page, String id, Class<T> type) throws Exception {
        page.showView(id);
        EPartService parts = UiTestSupport.window().getService(EPartService.class);
        MPart part = parts.findPart(id);
        assertNotNull(part, id + " is in the window");
        UiTestSupport.spinUntil(() -> type.isInstance(part.getObject()), () -> id + " is made");
        parts.activate(part);
        UiTestSupport.flushEvents();
        return type.cast(part.getObject());
    }

    static void waitForBoard(BoardView view) {
        UiTestSupport.spinUntil(() -> view.canvas().model() != null && !view.isReading(),
                () -> "the board has been read");
        UiTestSupport.flushEvents();
    }

    /** Drags a card to the column of a stage the way SWT reports it: drag start, set data, enter, over, drop, finished. */
    static void drag(BoardView view, long opportunityId, long toStageId) throws Exception {
        BoardCanvas canvas = view.canvas();
        Point from = canvas.cardCenter(opportunityId);
        assertNotNull(from, "card " + opportunityId + " is on the board");
        Point to = canvas.toDisplay(canvas.columnPoint(toStageId));
        DragSource source = (DragSource) canvas.getData(DND.DRAG_SOURCE_KEY);
        DropTarget target = (DropTarget) canvas.getData(DND.DROP_TARGET_KEY);
        assertNotNull(source, "the board is a drag source");
        assertNotNull(target, "the board is a drop target");
        TransferData type = LocalSelectionTransfer.getTransfer().getSupportedTypes()[0];

        DragSourceEvent start = dragEvent(source, from.x, from.y, type, null);
        for (DragSourceListener l : source.getDragListeners()) {
            l.dragStart(start);
        }
        assertTrue(start.doit, "the board lets the card be dragged");
        DragSourceEvent setData = dragEvent(source, from.x, from.y, type, null);
        for (DragSourceListener l : source.getDragListeners()) {
            l.dragSetData(setData);
        }
        List<DropTargetListener> drops = List.of(target.getDropListeners());
        DropTargetEvent enter = dropEvent(target, to.x, to.y, type, null);
        drops.forEach(l -> l.dragEnter(enter));
        DropTargetEvent over = dropEvent(target, to.x, to.y, type, null);
        drops.forEach(l -> l.dragOver(over));
        assertTrue(over.detail == DND.DROP_MOVE, "the board accepts the card over the other column");
        DropTargetEvent accept = dropEvent(target, to.x, to.y, type, null);
        accept.detail = DND.DROP_MOVE;
        drops.forEach(l -> l.dropAccept(accept));
        DropTargetEvent drop = dropEvent(target, to.x, to.y, type, setData.data);
        drop.detail = DND.DROP_MOVE;
        drops.forEach(l -> l.drop(drop));
        DragSourceEvent finished = dragEvent(source, from.x, from.y, type, null);
        finished.detail = DND.DROP_MOVE;
        for (DragSourceListener l : source.getDragListeners()) {
            l.dragFinished(finished);
        }
    }

    private static DragSourceEvent dragEvent(org.eclipse.swt.widgets.Widget widget, int x, int y, TransferData type,
            Object data) throws Exception {
        Event event = dndEvent(widget, x, y, type, data);
        return DragSourceEvent.class.getConstructor(event.getClass()).newInstance(event);
    }

    private static DropTargetEvent dropEvent(org.eclipse.swt.widgets.Widget widget, int x, int y, TransferData type,
            Object data) throws Exception {
        Event event = dndEvent(widget, x, y, type, data);
        return DropTargetEvent.class.getConstructor(event.getClass()).newInstance(event);
    }

    /** SWT's package-private DNDEvent, which the public drag and drop event constructors take. */
    private static Event dndEvent(org.eclipse.swt.widgets.Widget widget, int x, int y, TransferData type, Object data)
            throws Exception {
        Class<?> dnd = Class.forName("org.eclipse.swt.dnd.DNDEvent");
        Constructor<?> constructor = dnd.getDeclaredConstructor();
        constructor.setAccessible(true);
        Event event = (Event) constructor.newInstance();
        event.widget = widget;
        event.display = widget.getDisplay();
        event.x = x;
        event.y = y;
        event.doit = true;
        event.time = (int) System.currentTimeMillis();
        event.detail = DND.DROP_MOVE;
        event.data = data;
        event.type = SWT.None;
        set(dnd, event, "dataType", type);
        set(dnd, event, "dataTypes", new TransferData[] { type });
        set(dnd, event, "operations", DND.DROP_MOVE);
        return event;
    }

    private static void set(Class<?> type, Object target, String name, Object value) throws Exception {
        java.lang.reflect.Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }
}
