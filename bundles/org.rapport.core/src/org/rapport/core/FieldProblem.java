package org.rapport.core;

/**
 * A value that cannot be saved, for the message at the field (any domain's validation).
 *
 * @param field   the field's name as editors and importers know it, e.g. {@code emails[1]}, {@code stages[2].probability}
 * @param message what is wrong and what to do, e.g. "'ada(at)example.com' is not an email address"
 */
public record FieldProblem(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
