package org.rapport.ui.table;

import java.util.List;

/**
 * Rows of a list, read a page at a time: typically a keyset or OFFSET/FETCH query of a domain service.
 * Both methods are called from a background job, never from the UI thread.
 *
 * @param <T> the row type
 */
public interface PageSource<T> {

    /** How many rows there are. */
    int count() throws Exception;

    /** The rows {@code offset} to {@code offset + limit - 1} (fewer at the end). */
    List<T> page(int offset, int limit) throws Exception;

    /** A source over rows already in memory. */
    static <T> PageSource<T> of(List<T> rows) {
        List<T> copy = List.copyOf(rows);
        return new PageSource<>() {
            @Override
            public int count() {
                return copy.size();
            }

            @Override
            public List<T> page(int offset, int limit) {
                return copy.subList(Math.min(offset, copy.size()), Math.min(offset + limit, copy.size()));
            }
        };
    }
}
