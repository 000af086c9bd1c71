package org.rapport.community;

/**
 * A row of an imported file that was not imported, for the report beside the file.
 *
 * @param line   the line of the file (counting from 1) where the row starts; for JSON, the array element's line
 * @param reason what is wrong
 * @param value  the offending value or row, shortened, or empty
 */
public record ImportProblem(long line, String reason, String value) {

    /** Normalises missing texts and shortens long values. */
    public ImportProblem {
        reason = reason == null ? "" : reason;
        value = value == null ? "" : value.length() > 200 ? value.substring(0, 197) + "..." : value;
    }

    @Override
    public String toString() {
        return "line " + line + ": " + reason + (value.isEmpty() ? "" : " (" + value + ")");
    }
}
