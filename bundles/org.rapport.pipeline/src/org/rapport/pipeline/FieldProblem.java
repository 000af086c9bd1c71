package org.rapport.pipeline;

/**
 * A value that cannot be saved, for the message at the field.
 *
 * @param field   the field's name as editors know it, e.g. {@code amount}, {@code stages[2].probability}
 * @param message what is wrong and what to do
 */
public record FieldProblem(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
