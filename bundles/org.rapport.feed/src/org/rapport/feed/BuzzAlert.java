package org.rapport.feed;

import java.time.Instant;
import java.util.List;

/**
 * Negative posts about a watched term or person rose above normal.
 *
 * @param id        its id
 * @param watchId   the watched term or person
 * @param term      the term, or {@code null} for a person
 * @param personId  the person, or {@code null} for a term
 * @param label     the term or the person's name
 * @param from      the window's start
 * @param to        the window's end
 * @param negative  negative posts in the window
 * @param baseline  the usual number of negative posts in such a window
 * @param postIds   the posts that caused it
 * @param seen      whether a user has seen it
 */
public record BuzzAlert(long id, long watchId, String term, Long personId, String label, Instant from, Instant to,
        int negative, double baseline, List<Long> postIds, boolean seen) {

    /** Copies the list. */
    public BuzzAlert {
        postIds = List.copyOf(postIds);
    }
}
