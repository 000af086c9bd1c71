package org.rapport.feed.internal.sources;

import java.nio.charset.StandardCharsets;

/** Looking at the first bytes of a file to guess what it is. */
public final class Heads {

    private Heads() {
    }

    /** The head as text (UTF-8, invalid bytes replaced), without a byte order mark and leading white space. */
    public static String text(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        int i = 0;
        while (i < text.length() && (text.charAt(i) == '\uFEFF' || Character.isWhitespace(text.charAt(i)))) {
            i++;
        }
        return text.substring(i);
    }
}
