package org.rapport.contacts.io.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * Cuts CSV text into records (a record spans several lines when a quoted value holds line breaks), keeping the line
 * each record starts on and finding what would make a CSV parser give up on the rest of the file: a quote that is
 * never closed, text after a closing quote, a record of megabytes. Such a record is reported and skipped, and reading
 * goes on with the next line, so one bad quote costs one row, not the rest of the file.
 */
final class CsvRecordSplitter {

    /** Longer records are refused (no contact row is this long; a lost quote makes them). */
    static final int MAX_RECORD_CHARS = 100_000;
    /** A quoted value may span this many lines at most. */
    static final int MAX_RECORD_LINES = 200;
    private static final char QUOTE = '"';

    /**
     * One record: its text without the line break, or a problem.
     *
     * @param line    the line it starts on
     * @param text    the record's text, or {@code null} when it is refused
     * @param problem why it is refused, or {@code null}
     */
    record Piece(long line, String text, String problem) {
    }

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private final StringBuilder replay = new StringBuilder();
    private int replayPosition;
    private final StringBuilder record = new StringBuilder(256);
    private long line = 1;
    private char delimiter;

    CsvRecordSplitter(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    /** Changes the delimiter, once the first record has told which it is. */
    void delimiter(char value) {
        delimiter = value;
    }

    /** The next record, or {@code null} at the end of the text. Blank lines are skipped. */
    Piece next() throws IOException {
        while (true) {
            long start = line;
            record.setLength(0);
            boolean inQuotes = false;
            boolean afterQuote = false;
            boolean fieldStart = true;
            boolean quotingOff = false;
            String problem = null;
            int firstLineEnd = -1;
            int lines = 1;
            int value = 1;
            int c;
            while ((c = read()) >= 0) {
                if (inQuotes) {
                    if (c == QUOTE) {
                        if (peek() == QUOTE) {
                            read();
                            record.append(QUOTE).append(QUOTE);
                        } else {
                            inQuotes = false;
                            afterQuote = true;
                            record.append(QUOTE);
                        }
                        continue;
                    }
                    if (c == '\n') {
                        line++;
                        lines++;
                        if (firstLineEnd < 0) {
                            firstLineEnd = record.length();
                        }
                    }
                    record.append((char) c);
                    if (lines > MAX_RECORD_LINES || record.length() > MAX_RECORD_CHARS) {
                        return unclosed(start, firstLineEnd);
                    }
                    continue;
                }
                if (c == '\n') {
                    line++;
                    break;
                }
                if (c == '\r') {
                    if (peek() == '\n') {
                        continue;
                    }
                    line++;
                    break;
                }
                if (afterQuote) {
                    afterQuote = false;
                    if (c != delimiter) {
                        if (firstLineEnd >= 0) {
                            // a quote opened lines ago closed here: more likely a quote was never closed up there
                            record.append((char) c);
                            return unclosed(start, firstLineEnd);
                        }
                        problem = "value " + value + " has text after its closing quote (a quote inside a quoted value"
                                + " must be doubled: \"\"); the row was skipped";
                        quotingOff = true;
                    }
                } else if (!quotingOff && c == QUOTE && fieldStart) {
                    inQuotes = true;
                }
                fieldStart = c == delimiter;
                if (fieldStart) {
                    value++;
                }
                record.append((char) c);
                if (record.length() > MAX_RECORD_CHARS) {
                    skipToEndOfLine();
                    return new Piece(start, null, "the line is longer than " + MAX_RECORD_CHARS + " characters (not"
                            + " a contacts row; is this the right file and delimiter?); the line was skipped");
                }
            }
            if (inQuotes) {
                return unclosed(start, firstLineEnd);
            }
            if (c < 0 && record.isEmpty()) {
                return null;
            }
            String text = record.toString();
            if (text.isBlank()) {
                continue;
            }
            return new Piece(start, problem == null ? text : null, problem);
        }
    }

    /** The record from {@code start} never closed its quote: refuse its first line and read on after it. */
    private Piece unclosed(long start, int firstLineEnd) throws IOException {
        String reason = "a quoted value starts in this line and is never closed (a \" is missing); the line was skipped";
        if (firstLineEnd < 0) {
            skipToEndOfLine();
            return new Piece(start, null, reason);
        }
        String rest = record.substring(firstLineEnd + 1) + replay.substring(replayPosition);
        replay.setLength(0);
        replay.append(rest);
        replayPosition = 0;
        line = start + 1;
        return new Piece(start, null, reason);
    }

    private void skipToEndOfLine() throws IOException {
        int c;
        while ((c = read()) >= 0) {
            if (c == '\n') {
                line++;
                return;
            }
        }
    }

    private int read() throws IOException {
        if (replayPosition < replay.length()) {
            return replay.charAt(replayPosition++);
        }
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (replayPosition < replay.length()) {
            return replay.charAt(replayPosition);
        }
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        if (!replay.isEmpty()) {
            replay.setLength(0);
            replayPosition = 0;
        }
        int n = in.read(buffer, 0, buffer.length);
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }
}
