package org.rapport.pipeline.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.rapport.core.PersonRef;
import org.rapport.pipeline.cases.CaseChannel;
import org.rapport.pipeline.cases.CasePriority;
import org.rapport.pipeline.cases.CaseService;
import org.rapport.pipeline.cases.SupportCase;
import org.rapport.pipeline.ui.internal.cases.CaseDialog;

/** Opens a case (complaint) for the selected person. */
public class NewCaseHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        openFor(window.getShell(), Selections.service(window, CaseService.class),
                HandlerUtil.getCurrentSelection(event));
        return null;
    }

    /** Opens the dialog of a new case for the person in the selection, or says to pick one first. */
    public static void openFor(Shell shell, CaseService cases, Object selection) {
        if (cases == null) {
            MessageDialog.openError(shell, "New Case", "The pipeline database is not available; see the log.");
            return;
        }
        PersonRef person = Selections.person(selection);
        if (person == null) {
            MessageDialog.openInformation(shell, "New Case", "Select the customer first: in Contacts, on the board,"
                    + " or in the Timeline; then open the case.");
            return;
        }
        SupportCase supportCase = new SupportCase(person, CaseChannel.PHONE, "", CasePriority.NORMAL, "", "");
        supportCase.setOwner(Selections.userName());
        new CaseDialog(shell, cases, supportCase).open();
    }
}
