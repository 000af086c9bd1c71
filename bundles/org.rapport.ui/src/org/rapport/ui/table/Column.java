package org.rapport.ui.table;

import java.util.Objects;
import java.util.function.Function;

/**
 * A column of a {@link PagedTable}.
 *
 * @param title the header text
 * @param width the initial width in pixels
 * @param text  the cell text of a row; never called with {@code null}
 * @param <T>   the row type
 */
public record Column<T>(String title, int width, Function<? super T, String> text) {

    /** Checks the parts. */
    public Column {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }
}
