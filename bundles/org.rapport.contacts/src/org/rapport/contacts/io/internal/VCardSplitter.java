package org.rapport.contacts.io.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;

/**
 * Cuts a vCard file into cards (BEGIN:VCARD to END:VCARD), keeping the line each starts on, so that every problem is
 * reported at its line, and a card that is cut off (no END:VCARD before the next BEGIN:VCARD or the end of the file)
 * is reported instead of swallowing the next card.
 */
final class VCardSplitter {

    /** Larger cards are refused (a few photos make a card of a few megabytes at most). */
    static final int MAX_CARD_CHARS = 20_000_000;

    /**
     * One card's text, or why it cannot be read.
     *
     * @param line    the line of its BEGIN:VCARD
     * @param text    the card's lines, or {@code null}
     * @param problem why the card was refused, or {@code null}
     */
    record Card(long line, String text, String problem) {
    }

    private final BufferedReader in;
    private long line;
    private String pushedBack;
    private long strayLines;

    VCardSplitter(Reader reader) {
        in = new BufferedReader(reader, 1 << 16);
    }

    /** Non-blank lines outside any card seen so far. */
    long strayLines() {
        return strayLines;
    }

    /** The next card, or {@code null} at the end of the file. */
    Card next() throws IOException {
        String text = readLine();
        while (text != null && !isBegin(text)) {
            if (!text.isBlank()) {
                strayLines++;
            }
            text = readLine();
        }
        if (text == null) {
            return null;
        }
        long start = line;
        StringBuilder card = new StringBuilder(1024).append(text).append("\r\n");
        int depth = 1;
        String previous = text;
        for (text = readLine(); text != null; text = readLine()) {
            if (isBegin(text)) {
                if (!previous.toUpperCase(Locale.ROOT).startsWith("AGENT")) {
                    pushedBack = text;
                    line--;
                    return new Card(start, null, "the card has no END:VCARD before the next card starts (it is cut off);"
                            + " the card was skipped");
                }
                depth++;
            } else if (isEnd(text) && --depth == 0) {
                card.append(text).append("\r\n");
                return new Card(start, card.toString(), null);
            }
            card.append(text).append("\r\n");
            if (card.length() > MAX_CARD_CHARS) {
                skipPastEnd();
                return new Card(start, null, "the card is larger than " + MAX_CARD_CHARS / 1_000_000 + " million"
                        + " characters; it was skipped");
            }
            previous = text;
        }
        return new Card(start, null, "the file ends inside this card (no END:VCARD; the file is cut off?); the card"
                + " was skipped");
    }

    private void skipPastEnd() throws IOException {
        for (String text = readLine(); text != null; text = readLine()) {
            if (isEnd(text)) {
                return;
            }
            if (isBegin(text)) {
                pushedBack = text;
                line--;
                return;
            }
        }
    }

    private String readLine() throws IOException {
        String text;
        if (pushedBack != null) {
            text = pushedBack;
            pushedBack = null;
        } else {
            text = in.readLine();
        }
        if (text != null) {
            line++;
        }
        return text;
    }

    private static boolean isBegin(String text) {
        return text.trim().equalsIgnoreCase("BEGIN:VCARD");
    }

    private static boolean isEnd(String text) {
        return text.trim().equalsIgnoreCase("END:VCARD");
    }
}
