package org.rapport.pipeline.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.rapport.pipeline.OpportunitySummary;
import org.rapport.pipeline.activities.ActivityService;
import org.rapport.pipeline.ui.internal.activities.LogActivityDialog;

/** Logs a call, meeting, task or email for the selected person, or the selected deal and its person. */
public class LogActivityHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        ActivityService activities = Selections.service(window, ActivityService.class);
        if (activities == null) {
            MessageDialog.openError(window.getShell(), "Log Activity", "The pipeline database is not available; see the log.");
            return null;
        }
        Object selection = HandlerUtil.getCurrentSelection(event);
        OpportunitySummary deal = Selections.opportunity(selection);
        new LogActivityDialog(window.getShell(), activities, Selections.person(selection),
                deal == null ? null : deal.id(), deal == null ? null : deal.title()).open();
        return null;
    }
}
