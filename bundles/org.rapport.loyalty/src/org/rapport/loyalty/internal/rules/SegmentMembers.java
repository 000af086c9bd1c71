package org.rapport.loyalty.internal.rules;

import java.util.Optional;

/**
 * Who is in a contacts segment, for rules with a target segment. An internal service so that loyalty works without
 * the contacts domain: {@link ContactsSegmentMembers} provides it when contacts is installed; without it, a rule for
 * a segment applies to nobody.
 */
public interface SegmentMembers {

    /** The ids of the segment's members now, sorted; empty when there is no such segment. */
    Optional<long[]> members(long segmentId);

    /** Whether a person is in the segment now. */
    default boolean contains(long segmentId, long personId) {
        return members(segmentId).map(ids -> java.util.Arrays.binarySearch(ids, personId) >= 0).orElse(false);
    }
}
