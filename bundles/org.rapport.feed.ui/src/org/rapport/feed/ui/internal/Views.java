package org.rapport.feed.ui.internal;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * Opening another view of the perspective and reaching its object (an e4 view is a POJO behind its 3.x wrapper), and
 * running a view's work soon, once for a burst of triggers (events, keystrokes).
 */
public final class Views {

    private Views() {
    }

    /**
     * Shows a view and returns its object, or {@code null} when it is not of the type (or not made yet).
     *
     * @throws PartInitException when the view could not open
     */
    public static <T> T show(IWorkbenchPage page, String id, Class<T> type) throws PartInitException {
        page.showView(id);
        EPartService parts = page.getWorkbenchWindow().getService(EPartService.class);
        MPart part = parts == null ? null : parts.findPart(id);
        Object object = part == null ? null : part.getObject();
        return type.isInstance(object) ? type.cast(object) : null;
    }

    /**
     * Runs {@code work} on the UI thread {@code millis} after the last of a burst of calls: each call restarts the
     * wait. Does nothing once the control is disposed.
     */
    public static void soon(Control control, int millis, Runnable work) {
        if (control != null && !control.isDisposed()) {
            control.getDisplay().timerExec(-1, work);
            control.getDisplay().timerExec(millis, work);
        }
    }
}
