package org.rapport.contacts.ui.internal;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.rapport.contacts.ui.ContactEditorInput;

/** Brings back the contact editors that were open when the workbench closed. */
public class ContactEditorInputFactory implements IElementFactory {

    @Override
    public IAdaptable createElement(IMemento memento) {
        String id = memento.getString(ContactEditorInput.KEY_ID);
        String name = memento.getString(ContactEditorInput.KEY_NAME);
        try {
            long personId = id == null ? 0 : Long.parseLong(id);
            return personId > 0 ? ContactEditorInput.saved(personId, name == null ? "" : name) : null;
        } catch (NumberFormatException e) {
            return null; // a damaged memento: that editor is not restored
        }
    }
}
