package org.rapport.community.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.rapport.community.Activity;
import org.rapport.community.ActivityService;
import org.rapport.community.ActivityType;
import org.rapport.community.Member;
import org.rapport.community.MemberService;
import org.rapport.community.ui.internal.Selections;
import org.rapport.ui.jobs.UiJobs;

/** File > New > Community Activity: records an activity by hand for the picked member or one the user finds. */
public class AddActivityHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        add(window.getShell(), Services.of(window, MemberService.class), Services.of(window, ActivityService.class),
                Selections.member(HandlerUtil.getCurrentSelection(event)));
        return null;
    }

    /** Reads the activity types, asks for the activity and adds it, each in a job. */
    public static void add(Shell shell, MemberService members, ActivityService activities, Member picked) {
        if (members == null || activities == null) {
            MessageDialog.openError(shell, AddActivityDialog.TITLE, "The community database is not available; see the Error Log.");
            return;
        }
        UiJobs.once("Reading the activity types", shell, activities::types, types -> ask(shell, members, activities,
                types, picked), e -> MessageDialog.openError(shell, AddActivityDialog.TITLE, UiJobs.message(e)));
    }

    private static void ask(Shell shell, MemberService members, ActivityService activities, List<ActivityType> types,
            Member picked) {
        AddActivityDialog dialog = new AddActivityDialog(shell, members, types, picked);
        if (dialog.open() != Window.OK) {
            return;
        }
        Activity activity = dialog.activity();
        UiJobs.once("Adding a community activity", shell, () -> activities.add(activity), added -> {
            // the views read again on the domain's ACTIVITIES_CHANGED and SCORES_CHANGED
        }, e -> MessageDialog.openError(shell, AddActivityDialog.TITLE, "Could not add the activity: " + UiJobs.message(e)));
    }
}
