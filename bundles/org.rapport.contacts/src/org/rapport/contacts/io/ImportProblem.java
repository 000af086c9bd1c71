package org.rapport.contacts.io;

/**
 * Something wrong in the file, for the wizard's list and the report file.
 *
 * @param line     the line (of the file, counting from 1) where the row or card starts
 * @param field    the column or vCard property, or empty when the whole row is concerned
 * @param value    the offending value as read (shortened), or empty
 * @param reason   what is wrong and what to do
 * @param rejected {@code true}: the row or card was not imported; {@code false}: it was, without this value
 */
public record ImportProblem(long line, String field, String value, String reason, boolean rejected) {

    /** Normalizes missing texts and shortens long values. */
    public ImportProblem {
        field = field == null ? "" : field;
        value = value == null ? "" : value.length() > 200 ? value.substring(0, 197) + "..." : value;
        reason = reason == null ? "" : reason;
    }

    @Override
    public String toString() {
        return "line " + line + (field.isEmpty() ? "" : ", " + field) + ": " + reason
                + (rejected ? " (not imported)" : " (value skipped)");
    }
}
