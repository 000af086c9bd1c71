package org.rapport.community.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.rapport.community.CommunityEvent;
import org.rapport.community.EventService;
import org.rapport.ui.jobs.UiJobs;

/** File > New > Community Event: asks for the event and saves it (the Events view shows it). */
public class NewEventHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        create(window.getShell(), Services.of(window, EventService.class));
        return null;
    }

    /** Asks for a new event and saves it in a job; errors are shown in a dialog. */
    public static void create(Shell shell, EventService events) {
        if (events == null) {
            MessageDialog.openError(shell, NewEventDialog.TITLE, "The community database is not available; see the Error Log.");
            return;
        }
        NewEventDialog dialog = new NewEventDialog(shell);
        if (dialog.open() != Window.OK) {
            return;
        }
        CommunityEvent created = dialog.event();
        UiJobs.once("Creating " + created.name(), shell, () -> events.save(created), saved -> {
            // the Events view reads again on the domain's EVENTS_CHANGED
        }, e -> MessageDialog.openError(shell, NewEventDialog.TITLE, "Could not create the event: " + UiJobs.message(e)));
    }
}
