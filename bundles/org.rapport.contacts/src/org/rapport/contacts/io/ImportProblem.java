package org.rapport.contacts.io;

/**
 * Something wrong in the file, for the wizard's list and the report file.
 *
 * @param line     the line (of the file, counting from 1) where the row or card starts, or where the value is
 * @param field    the column or vCard property, or empty when the whole row is concerned
 * @param value    the offending value as read (shortened), or empty
 * @param reason   what is wrong and what to do
 * @param rejected {@code true}: the row or card was not imported; {@code false}: it was, without this value (or
 *                 with it changed, see {@code changed})
 * @param changed  {@code true}: the value was imported, but not as the file has it (e.g. shortened); the reason says
 *                 how
 */
public record ImportProblem(long line, String field, String value, String reason, boolean rejected, boolean changed) {

    /** Normalizes missing texts and shortens long values. */
    public ImportProblem {
        field = field == null ? "" : field;
        value = value == null ? "" : value.length() > 200 ? value.substring(0, 197) + "..." : value;
        reason = reason == null ? "" : reason;
        if (rejected && changed) {
            throw new IllegalArgumentException("a rejected row's value is not imported changed");
        }
    }

    /** A row rejected ({@code rejected}) or imported without this value. */
    public ImportProblem(long line, String field, String value, String reason, boolean rejected) {
        this(line, field, value, reason, rejected, false);
    }

    /** What happened, as the report file says it: "row not imported", "value left out" or "value changed". */
    public String outcome() {
        return rejected ? "row not imported" : changed ? "value changed" : "value left out";
    }

    @Override
    public String toString() {
        return "line " + line + (field.isEmpty() ? "" : ", " + field) + ": " + reason
                + (rejected ? " (not imported)" : changed ? " (value changed)" : " (value skipped)");
    }
}
