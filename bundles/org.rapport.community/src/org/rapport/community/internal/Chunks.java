package org.rapport.community.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** Runs an IN-list query a part at a time: Derby compiles a statement per distinct list length, and long lists slow. */
public final class Chunks {

    private Chunks() {
    }

    /** The results of {@code query} for each part of {@code values} of at most {@code size}, concatenated. */
    public static <V, R> List<R> query(Collection<V> values, int size, Function<List<V>, List<R>> query) {
        List<V> all = new ArrayList<>(values);
        List<R> results = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            results.addAll(query.apply(all.subList(from, Math.min(all.size(), from + size))));
        }
        return results;
    }
}
