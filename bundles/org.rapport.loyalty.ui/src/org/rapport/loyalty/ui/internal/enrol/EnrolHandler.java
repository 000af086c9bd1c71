package org.rapport.loyalty.ui.internal.enrol;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.rapport.core.PersonRef;
import org.rapport.core.people.PersonLookup;
import org.rapport.loyalty.ProgramService;
import org.rapport.loyalty.ui.internal.Services;
import org.rapport.loyalty.ui.internal.Views;
import org.rapport.ui.jobs.UiJobs;

/**
 * File &gt; Enrol in Loyalty Program: the enrol dialog, with the contact picked anywhere (Contacts, the pipeline, a
 * feed post) already chosen. The programs are read in a job first.
 */
public class EnrolHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        PersonRef person = Views.person(HandlerUtil.getCurrentSelection(event));
        ProgramService programs = Services.get(ProgramService.class);
        if (shell == null) {
            return null;
        }
        if (programs == null) {
            MessageDialog.openError(shell, EnrolDialog.TITLE, "The loyalty database is not available; see the Error Log.");
            return null;
        }
        PersonLookup lookup = Services.get(PersonLookup.class);
        UiJobs.once("Reading loyalty programs", shell, programs::programs,
                list -> Enrolment.open(shell, programs, lookup, list, null, person, message -> { }),
                e -> MessageDialog.openError(shell, EnrolDialog.TITLE, "Could not read the programs: "
                        + UiJobs.message(e)));
        return null;
    }
}
