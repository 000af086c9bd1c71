package org.rapport.contacts;

import org.eclipse.core.runtime.IAdaptable;
import org.rapport.core.PersonRef;

/**
 * One line of a contacts list: what the list shows, read from one table. Adapts to {@link PersonRef}, so selecting it
 * makes the Timeline and the other domains follow the person.
 */
public record PersonRow(long id, String firstName, String lastName, String primaryEmail, String primaryPhone,
        String organization, String city, String owner) implements IAdaptable {

    /** "First Last", or whichever part is set, or the email for a nameless contact. */
    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return name.isEmpty() ? primaryEmail : name;
    }

    /** The reference other domains use. */
    public PersonRef toRef() {
        return new PersonRef(id, displayName());
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter == PersonRef.class ? adapter.cast(toRef()) : null;
    }
}
