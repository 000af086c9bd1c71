package org.rapport.core.timeline;

import java.time.Instant;

/**
 * What part of a person's history to read: entries at or after {@code from} and before {@code to}, newest first,
 * at most {@code limit} of them.
 *
 * @param personId the person
 * @param from     inclusive lower bound, or {@link Instant#MIN}
 * @param to       exclusive upper bound, or {@link Instant#MAX}
 * @param limit    the most entries wanted (a contributor may return fewer, never needs to return more)
 */
public record TimelineQuery(long personId, Instant from, Instant to, int limit) {

    /** The default page size of the Timeline view. */
    public static final int DEFAULT_LIMIT = 500;

    /** Checks bounds and limit. */
    public TimelineQuery {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from " + from + " must be before to " + to);
        }
    }

    /** The newest {@link #DEFAULT_LIMIT} entries of a person's whole history. */
    public static TimelineQuery latest(long personId) {
        return new TimelineQuery(personId, Instant.MIN, Instant.MAX, DEFAULT_LIMIT);
    }

    /** Whether an instant lies inside this query's window. */
    public boolean covers(Instant when) {
        return !when.isBefore(from) && when.isBefore(to);
    }
}
