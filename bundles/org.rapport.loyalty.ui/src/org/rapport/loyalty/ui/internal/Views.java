package org.rapport.loyalty.ui.internal;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.rapport.core.PersonRef;

/**
 * What the loyalty views share about the workbench: opening another view and reaching its object, running work soon
 * once for a burst of triggers, and the member or person in a selection.
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

    /** The first element of a selection (or the object itself when it is no structured selection). */
    public static Object first(Object selection) {
        return selection instanceof IStructuredSelection s ? s.getFirstElement() : selection;
    }

    /** The member picked, when the selection is one. */
    public static MemberItem member(Object selection) {
        return first(selection) instanceof MemberItem item ? item : null;
    }

    /** The person in a selection (a member, a contact, anything that adapts to one), or {@code null}. */
    public static PersonRef person(Object selection) {
        Object first = first(selection);
        return first == null ? null : Adapters.adapt(first, PersonRef.class);
    }
}
