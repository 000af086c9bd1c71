package org.rapport.contacts;

import org.rapport.persistence.access.DomainEvents;

/** EventAdmin topics of the contacts domain. */
public final class ContactTopics {

    /** People were created, changed, deleted, imported or merged; property {@code ids} ({@code long[]}) when known. */
    public static final String CHANGED = "org/rapport/contacts/CHANGED";

    /** Event property: the ids of the people concerned ({@code long[]}), absent for bulk changes. */
    public static final String IDS = DomainEvents.IDS;

    private ContactTopics() {
    }
}
