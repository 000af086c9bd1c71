package org.rapport.contacts.segments;

import java.util.Objects;

import org.rapport.contacts.ContactSort;

/**
 * A segment's members in a list order, for {@link SegmentService#page} and {@link SegmentService#ids}.
 *
 * @param criteria   who is in the segment
 * @param sort       the sort column
 * @param descending whether the order is reversed
 */
public record SegmentQuery(SegmentCriteria criteria, ContactSort sort, boolean descending) {

    /** Checks the parts. */
    public SegmentQuery {
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(sort, "sort");
    }

    /** The members by name. */
    public static SegmentQuery of(SegmentCriteria criteria) {
        return new SegmentQuery(criteria, ContactSort.NAME, false);
    }
}
