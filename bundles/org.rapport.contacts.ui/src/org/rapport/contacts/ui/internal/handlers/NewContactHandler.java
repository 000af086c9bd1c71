package org.rapport.contacts.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.rapport.contacts.ui.ContactEditorInput;
import org.rapport.contacts.ui.ContactsUi;

/** File &gt; New &gt; Contact: an editor for a person not saved yet. */
public class NewContactHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        try {
            return window.getActivePage().openEditor(ContactEditorInput.newContact(), ContactsUi.EDITOR_ID);
        } catch (PartInitException e) {
            throw new ExecutionException("The contact editor could not open", e);
        }
    }
}
