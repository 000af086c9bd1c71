package org.rapport.community.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.rapport.community.ActivityService;

/** File > Import Community Activities: picks an export and imports it in a job, then says what it did. */
public class ImportActivitiesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        Shell shell = window.getShell();
        ActivityImport.chooseAndImport(shell, Services.of(window, ActivityService.class),
                said -> MessageDialog.openInformation(shell, "Import Community Activities", said));
        return null;
    }
}
