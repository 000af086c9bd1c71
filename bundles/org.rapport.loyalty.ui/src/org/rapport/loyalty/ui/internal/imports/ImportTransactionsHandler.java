package org.rapport.loyalty.ui.internal.imports;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramService;
import org.rapport.loyalty.TransactionImport;
import org.rapport.loyalty.ui.internal.Services;
import org.rapport.ui.jobs.UiJobs;

/**
 * File &gt; Import Loyalty Transactions: picks the program (at once when there is only one), then the file, then
 * imports it in a job and shows the result.
 */
public class ImportTransactionsHandler extends AbstractHandler {

    static final String TITLE = "Import Loyalty Transactions";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        ProgramService programs = Services.get(ProgramService.class);
        TransactionImport importer = Services.get(TransactionImport.class);
        if (shell == null) {
            return null;
        }
        if (programs == null || importer == null) {
            MessageDialog.openError(shell, TITLE, "The loyalty database is not available; see the Error Log.");
            return null;
        }
        UiJobs.once("Reading loyalty programs", shell, programs::programs, list -> {
            Program program = choose(shell, list);
            if (program != null) {
                TransactionsImportJob.chooseAndImport(shell, importer, program);
            }
        }, e -> MessageDialog.openError(shell, TITLE, "Could not read the programs: " + UiJobs.message(e)));
        return null;
    }

    private static Program choose(Shell shell, List<Program> list) {
        if (list.isEmpty()) {
            MessageDialog.openInformation(shell, TITLE, "There is no loyalty program yet: create one first.");
            return null;
        }
        if (list.size() == 1) {
            return list.get(0);
        }
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Program) element).name();
            }
        });
        dialog.setTitle(TITLE);
        dialog.setMessage("The program the purchases earn in:");
        dialog.setElements(list.toArray());
        dialog.setMultipleSelection(false);
        return dialog.open() == Window.OK ? (Program) dialog.getFirstResult() : null;
    }
}
