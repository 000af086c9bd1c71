package org.rapport.contacts.segments;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Words and quoted strings of the criteria text format. */
final class SegmentText {

    private static final Pattern BARE = Pattern.compile("[\\p{L}\\p{N}_.@+:/-]+");

    private SegmentText() {
    }

    /** A value as a word when it is one, else in double quotes with {@code \"} and {@code \\} escaped. */
    static String quote(String value) {
        if (BARE.matcher(value).matches() && !value.contains("..")) {
            return value;
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The words of a line: runs of non-blanks, or double-quoted strings; {@code #} starts a comment. */
    static List<String> words(String line, int number) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#') {
                break;
            } else if (c == '"') {
                StringBuilder word = new StringBuilder();
                i++;
                while (true) {
                    if (i >= line.length()) {
                        throw new SegmentFormatException(number, "a quoted value is not closed; end it with \".");
                    }
                    char q = line.charAt(i++);
                    if (q == '"') {
                        break;
                    }
                    if (q == '\\' && i < line.length()) {
                        q = line.charAt(i++);
                    }
                    word.append(q);
                }
                words.add(word.toString());
            } else {
                int start = i;
                while (i < line.length() && !Character.isWhitespace(line.charAt(i)) && line.charAt(i) != '"') {
                    i++;
                }
                words.add(line.substring(start, i));
            }
        }
        return words;
    }
}
