package org.rapport.contacts.internal;

import java.util.Collection;

import jakarta.persistence.EntityManager;

/**
 * The contacts unit and the change events, for the bulk import and export code in
 * {@code org.rapport.contacts.io.internal}: it works on thousands of people at once, below the ContactService, with
 * its own chunked transactions and JDBC batches, and tells the rest of Rapport after each committed chunk.
 */
public final class ContactsBulkAccess {

    private final ContactsUnit unit;
    private final ContactEvents events;

    public ContactsBulkAccess(ContactsUnit unit, ContactEvents events) {
        this.unit = unit;
        this.events = events;
    }

    /** A new entity manager on the contacts unit; the caller closes it. */
    public EntityManager createEntityManager() {
        return unit.emf().createEntityManager();
    }

    /** People changed (after a commit); empty ids for a bulk change of people not worth listing. */
    public void changed(Collection<Long> ids) {
        events.changed(ids);
    }
}
