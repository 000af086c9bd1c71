package org.rapport.loyalty;

/**
 * A rejected row of a transactions import.
 *
 * @param line      the file's line number (the header is line 1)
 * @param reference the row's reference, or empty
 * @param reason    why it was rejected, e.g. {@code unknown member ada@example.org}
 */
public record ImportProblem(long line, String reference, String reason) {

    @Override
    public String toString() {
        return "line " + line + ": " + reason;
    }
}
