package org.rapport.contacts.ui;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.rapport.core.PersonRef;

/**
 * What a contact editor edits: a saved person, by id, or a new one. Two inputs of the same saved person are equal, so
 * opening a person who is already open brings that editor to the front. Inputs of saved people are remembered when the
 * workbench closes, so their editors come back on the next start.
 */
public final class ContactEditorInput extends PlatformObject implements IEditorInput, IPersistableElement {

    /** The id of the element factory that restores inputs (see plugin.xml). */
    public static final String FACTORY_ID = "org.rapport.contacts.ui.editorInputFactory";
    /** Memento key of the person's id. */
    public static final String KEY_ID = "personId";
    /** Memento key of the person's name as last shown. */
    public static final String KEY_NAME = "name";
    private static final AtomicLong NEW_CONTACTS = new AtomicLong();

    private final long personId;
    private final String name;
    /** Tells new contacts apart: each New Contact opens its own editor. */
    private final long newContactNumber;

    private ContactEditorInput(long personId, String name, long newContactNumber) {
        this.personId = personId;
        this.name = Objects.requireNonNull(name, "name");
        this.newContactNumber = newContactNumber;
    }

    /** The input of a saved person. */
    public static ContactEditorInput of(PersonRef person) {
        return saved(person.id(), person.displayName());
    }

    /** The input of a saved person. */
    public static ContactEditorInput saved(long personId, String name) {
        if (personId <= 0) {
            throw new IllegalArgumentException("a saved person has an id above 0, not " + personId);
        }
        return new ContactEditorInput(personId, name, 0);
    }

    /** The input of a person not saved yet; each call gives a new editor. */
    public static ContactEditorInput newContact() {
        return new ContactEditorInput(0, "New contact", NEW_CONTACTS.incrementAndGet());
    }

    /** The person's id, or 0 for a new contact. */
    public long personId() {
        return personId;
    }

    /** Whether this is a person not saved yet. */
    public boolean isNew() {
        return personId == 0;
    }

    @Override
    public boolean exists() {
        return !isNew();
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return AbstractUIPlugin.imageDescriptorFromPlugin(ContactsUi.PLUGIN_ID, "icons/person.png");
    }

    @Override
    public String getName() {
        return name.isBlank() ? "(no name)" : name;
    }

    @Override
    public IPersistableElement getPersistable() {
        return isNew() ? null : this;
    }

    @Override
    public String getToolTipText() {
        return isNew() ? "A new person, not saved yet" : getName() + " (contact #" + personId + ")";
    }

    @Override
    public String getFactoryId() {
        return FACTORY_ID;
    }

    @Override
    public void saveState(IMemento memento) {
        memento.putString(KEY_ID, Long.toString(personId));
        memento.putString(KEY_NAME, name);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == PersonRef.class && !isNew()) {
            return (T) new PersonRef(personId, name);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContactEditorInput input && input.personId == personId
                && input.newContactNumber == newContactNumber;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(personId) * 31 + Long.hashCode(newContactNumber);
    }

    @Override
    public String toString() {
        return "ContactEditorInput[" + (isNew() ? "new #" + newContactNumber : personId + " " + name) + "]";
    }
}
