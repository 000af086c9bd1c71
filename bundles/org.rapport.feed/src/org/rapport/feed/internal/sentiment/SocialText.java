package org.rapport.feed.internal.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A post split into the tokens VADER rates, the way the reference implementation splits a sentence (emoji replaced by
 * the words describing them, whitespace-separated tokens with leading and trailing punctuation stripped unless that
 * leaves two characters or fewer, so emoticons like {@code :)} survive), with what social text needs on top:
 * <ul>
 * <li>links ({@code https://…}, {@code www.…}) and mentions ({@code @name}, {@code @name@instance}) are left out — a
 * handle or a URL says nothing about the writer's mood, and a link's {@code ?} must not count as emphasis;</li>
 * <li>hashtags are words, and a camel-case hashtag is its words ({@code #EpicFail} → {@code Epic Fail});</li>
 * <li>typographic apostrophes are plain ones ({@code don’t} negates like {@code don't});</li>
 * <li>emoji variation selectors, skin tones, joiners and keycaps are dropped, so {@code ❤️} is the red heart the
 * lexicon knows rather than an unknown word.</li>
 * </ul>
 */
final class SocialText {

    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static final String OPENING = "([{\"'<";

    final String[] words;
    final String[] lower;
    /** Whether some, but not all, tokens are in capitals (only then do capitals emphasise). */
    final boolean capDifferential;
    final int exclamations;
    final int questions;

    private SocialText(List<String> tokens, int exclamations, int questions) {
        this.words = tokens.toArray(String[]::new);
        this.lower = new String[words.length];
        int capitals = 0;
        for (int i = 0; i < words.length; i++) {
            lower[i] = words[i].toLowerCase(Locale.ROOT);
            if (isUpper(words[i])) {
                capitals++;
            }
        }
        this.capDifferential = capitals > 0 && capitals < words.length;
        this.exclamations = exclamations;
        this.questions = questions;
    }

    /** Splits a post into its rated tokens. */
    static SocialText of(String text, VaderLexicon lexicon) {
        String plain = replaceEmoji(text, lexicon);
        List<String> tokens = new ArrayList<>(32);
        int exclamations = 0;
        int questions = 0;
        int length = plain.length();
        int i = 0;
        while (i < length) {
            int start = i;
            while (start < length && isSpace(plain.charAt(start))) {
                start++;
            }
            int end = start;
            while (end < length && !isSpace(plain.charAt(end))) {
                end++;
            }
            i = end;
            if (start == end || isLinkOrMention(plain, start, end)) {
                continue;
            }
            for (int c = start; c < end; c++) {
                char ch = plain.charAt(c);
                if (ch == '!') {
                    exclamations++;
                } else if (ch == '?') {
                    questions++;
                }
            }
            addToken(plain.substring(start, end), tokens);
        }
        return new SocialText(tokens, exclamations, questions);
    }

    private static void addToken(String token, List<String> tokens) {
        String stripped = stripPunctuation(token);
        if (token.length() > 1 && token.charAt(0) == '#' && Character.isLetter(token.charAt(1))) {
            splitCamelCase(stripped, tokens);
        } else {
            // the reference keeps a token whole when stripping leaves two characters or fewer: an emoticon like :)
            tokens.add(stripped.codePointCount(0, stripped.length()) <= 2 ? token : stripped);
        }
    }

    private static void splitCamelCase(String hashtag, List<String> tokens) {
        int from = 0;
        for (int c = 1; c < hashtag.length(); c++) {
            if (Character.isLowerCase(hashtag.charAt(c - 1)) && Character.isUpperCase(hashtag.charAt(c))) {
                tokens.add(hashtag.substring(from, c));
                from = c;
            }
        }
        tokens.add(hashtag.substring(from));
    }

    private static String stripPunctuation(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && PUNCTUATION.indexOf(token.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && PUNCTUATION.indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        return token.substring(start, end);
    }

    private static boolean isLinkOrMention(String text, int start, int end) {
        int first = start;
        while (first < end && OPENING.indexOf(text.charAt(first)) >= 0) {
            first++;
        }
        if (first + 1 < end && text.charAt(first) == '@') {
            char next = text.charAt(first + 1);
            return Character.isLetterOrDigit(next) || next == '_';
        }
        if (text.regionMatches(true, first, "www.", 0, 4)) {
            return true;
        }
        for (int c = first; c + 2 < end; c++) {
            if (text.charAt(c) == ':' && text.charAt(c + 1) == '/' && text.charAt(c + 2) == '/') {
                return true;
            }
        }
        return false;
    }

    /**
     * Replaces each emoji by the words describing it, separated from the text before it by a space as in the
     * reference; drops the code points that only modify an emoji, and makes typographic apostrophes plain.
     */
    private static String replaceEmoji(String text, VaderLexicon lexicon) {
        StringBuilder out = null;
        boolean afterSpace = true;
        for (int i = 0; i < text.length();) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            String words = codePoint < 0xA0 ? null : lexicon.emojiWords(codePoint);
            boolean modifier = isEmojiModifier(codePoint);
            boolean apostrophe = codePoint == '\u2019' || codePoint == '\u2018';
            if (out == null && (words != null || modifier || apostrophe)) {
                out = new StringBuilder(text.length() + 32).append(text, 0, i);
            }
            if (out != null) {
                if (words != null) {
                    if (!afterSpace) {
                        out.append(' ');
                    }
                    out.append(words);
                    afterSpace = false;
                } else if (apostrophe) {
                    out.append('\'');
                    afterSpace = false;
                } else if (!modifier) {
                    out.appendCodePoint(codePoint);
                    afterSpace = codePoint == ' ';
                }
            } else {
                afterSpace = codePoint == ' ';
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    private static boolean isEmojiModifier(int codePoint) {
        return codePoint == 0xFE0F || codePoint == 0xFE0E || codePoint == 0x200D || codePoint == 0x20E3
                || (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF) || (codePoint >= 0xE0020 && codePoint <= 0xE007F);
    }

    /** Python's {@code str.isspace} for the characters social text carries. */
    private static boolean isSpace(char ch) {
        return ch == ' ' || Character.isWhitespace(ch) || Character.isSpaceChar(ch) || ch == '\u0085';
    }

    /** Python's {@code str.isupper}: at least one cased character, and no lower- or title-case one. */
    static boolean isUpper(String word) {
        boolean cased = false;
        for (int i = 0; i < word.length(); i++) {
            char ch = word.charAt(i);
            if (Character.isLowerCase(ch) || Character.isTitleCase(ch)) {
                return false;
            }
            cased |= Character.isUpperCase(ch);
        }
        return cased;
    }
}
