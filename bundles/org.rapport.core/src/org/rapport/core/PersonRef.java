package org.rapport.core;

import java.util.Objects;

/**
 * A reference to a person of the contact database, by id. It is what a view puts into the workbench selection when a
 * person is picked, and what the timeline and other domains follow.
 *
 * @param id          the person's id in the contacts domain
 * @param displayName the name to show (never used to identify the person)
 */
public record PersonRef(long id, String displayName) {

    /** Creates a reference; the display name may be empty but not null. */
    public PersonRef {
        Objects.requireNonNull(displayName, "displayName");
    }
}
