package org.rapport.contacts.io;

import java.util.List;

/**
 * What happens (or happened) to one row or card, for the wizard's preview table.
 *
 * @param line      where the row or card starts
 * @param action    created, updated or unchanged
 * @param personId  the matched person's id for an update; for a creation the new id after import, else 0
 * @param name      the person's name as in the file (or as known, for an update)
 * @param email     the first email address, or empty
 * @param matchedBy why the row matched an existing person, e.g. "email ada@example.com"; empty for a creation
 * @param additions what an update adds, e.g. "emails", "tags"; empty for creations and unchanged people
 * @param photo     whether the card had a photo (kept as a note in the timeline, not stored)
 */
public record PlannedContact(long line, Action action, long personId, String name, String email, String matchedBy,
        List<String> additions, boolean photo) {

    /** What happens to a row. */
    public enum Action {
        /** A new person. */
        CREATE,
        /** An existing person gains what the row adds. */
        UPDATE,
        /** An existing person already has everything the row holds. */
        UNCHANGED
    }

    /** Copies the list. */
    public PlannedContact {
        additions = List.copyOf(additions);
    }
}
