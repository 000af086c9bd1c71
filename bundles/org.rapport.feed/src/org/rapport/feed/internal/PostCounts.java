package org.rapport.feed.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;

import org.rapport.feed.PostQuery;

/**
 * Counts of post queries, kept until the next write: counting a million posts takes Derby a few hundred
 * milliseconds, and a virtual list asks for its count whenever it is refreshed.
 */
final class PostCounts {

    private final Map<PostQuery, Integer> counts = new ConcurrentHashMap<>();
    private volatile long generation;

    /** The count of a query, from the cache or counted now. */
    int count(PostQuery query, ToIntFunction<PostQuery> counter) {
        Integer known = counts.get(query);
        if (known != null) {
            return known;
        }
        long before = generation;
        int counted = counter.applyAsInt(query);
        if (before == generation) { // a write during the count may or may not be in it: not kept then
            counts.put(query, counted);
        }
        return counted;
    }

    /** Posts were written: every count may be wrong. */
    void changed() {
        generation++;
        counts.clear();
    }
}
