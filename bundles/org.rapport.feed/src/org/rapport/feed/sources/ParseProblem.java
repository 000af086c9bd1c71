package org.rapport.feed.sources;

import java.util.Objects;

/**
 * An item that could not be read, and where it is.
 *
 * @param origin  the file name or URL
 * @param where   the place inside it: {@code line 12}, {@code item 4}, {@code $[3].account}, ...
 * @param field   the field at fault ({@code author}, {@code published}, ...), or empty for the whole item
 * @param message what is wrong and, when there is something to do, what to do
 */
public record ParseProblem(String origin, String where, String field, String message) {

    /** Checks that no component is null. */
    public ParseProblem {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return origin + ", " + where + (field.isEmpty() ? "" : ", " + field) + ": " + message;
    }
}
