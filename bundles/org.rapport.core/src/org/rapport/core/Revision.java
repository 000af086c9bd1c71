package org.rapport.core;

import java.time.Instant;

/**
 * Which saved state of a record an API object was read from, in any domain: the version its optimistic lock compares, and when and by
 * whom the record was first and last saved. Objects the services hand out carry it; a save compares the version.
 *
 * @param version   0 for a record never saved
 * @param createdAt when it was first saved, {@code null} before
 * @param createdBy who saved it first
 * @param updatedAt when it was last saved
 * @param updatedBy who saved it last
 */
public record Revision(int version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    /** The revision of a record never saved. */
    public static final Revision NEW = new Revision(0, null, null, null, null);
}
