package org.rapport.contacts.segments;

/** Segment criteria text that cannot be read; the message names the line and says what to write instead. */
public class SegmentFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int line;

    public SegmentFormatException(int line, String problem) {
        super("Segment criteria, line " + line + ": " + problem);
        this.line = line;
    }

    /** The line of the criteria text (1 is the first). */
    public int line() {
        return line;
    }
}
