package org.rapport.loyalty;

import java.util.List;

/**
 * One page of a long list, asked for by offset and limit.
 *
 * @param rows   the rows of the page
 * @param offset the first row's position in the whole list
 * @param total  how many rows the whole list has
 * @param <T>    the row type
 */
public record Page<T>(List<T> rows, int offset, long total) {

    /** Copies the rows. */
    public Page {
        rows = List.copyOf(rows);
    }
}
