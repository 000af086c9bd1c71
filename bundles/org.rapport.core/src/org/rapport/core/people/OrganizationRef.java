package org.rapport.core.people;

import java.util.Objects;

/**
 * A reference to an organization of the contact database, by id.
 *
 * @param id   the organization's id in the contacts domain
 * @param name its name, to show (never used to identify it)
 */
public record OrganizationRef(long id, String name) {

    /** Creates a reference; the name may be empty but not null. */
    public OrganizationRef {
        Objects.requireNonNull(name, "name");
    }
}
