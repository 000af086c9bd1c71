package org.rapport.contacts.ui.internal.editor;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/** Free notes about the person. */
final class NotesSection {

    private NotesSection() {
    }

    static void create(Binder b, Composite client) {
        Text notes = b.toolkit().createText(client, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        notes.setMessage("What to remember about this person");
        GridDataFactory.fillDefaults().grab(true, false).hint(200, 90).applyTo(notes);
        b.bindText(notes, "notes", () -> b.copy().person().getNotes(),
                text -> b.copy().edit("Typing in Notes", PersonField.NOTES, text, "notes"));
    }
}
