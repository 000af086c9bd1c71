package org.rapport.contacts.ui.internal.search;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.rapport.contacts.ui.ContactEditorInput;
import org.rapport.contacts.ui.ContactsUi;
import org.rapport.core.PersonRef;

/** Opens a found person in the contact editor (or brings their open editor to the front). */
final class ContactOpener {

    private ContactOpener() {
    }

    static IEditorPart open(IWorkbenchPage page, PersonRef person) {
        try {
            return page.openEditor(ContactEditorInput.of(person), ContactsUi.EDITOR_ID, true);
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Open Contact",
                    "The contact editor could not open " + person.displayName() + ": " + e.getMessage());
            return null;
        }
    }
}
