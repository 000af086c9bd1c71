package org.rapport.feed.internal.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The VADER lexicon (token → mean valence, −4…4) and its emoji lexicon (emoji → words that describe it), both as
 * published by the reference implementation (vaderSentiment by C.J. Hutto, MIT; the files in the bundle's
 * {@code sentiment/} folder, unmodified). Immutable once read, so one instance serves any number of threads.
 */
final class VaderLexicon {

    /** Where the bundle keeps the files (relative to the bundle root, which is on the bundle's class path). */
    static final String LEXICON_RESOURCE = "sentiment/vader_lexicon.txt";
    static final String EMOJI_RESOURCE = "sentiment/emoji_utf8_lexicon.txt";

    private final Map<String, Double> valences;
    private final Map<Integer, String> emojiWords;
    private final int lowestEmoji;

    private VaderLexicon(Map<String, Double> valences, Map<Integer, String> emojiWords) {
        this.valences = valences;
        this.emojiWords = emojiWords;
        this.lowestEmoji = emojiWords.keySet().stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
    }

    /** Reads both lexicons from the bundle's class path. */
    static VaderLexicon fromClassPath(ClassLoader loader) {
        try (InputStream lexicon = open(loader, LEXICON_RESOURCE); InputStream emoji = open(loader, EMOJI_RESOURCE)) {
            return read(lexicon, emoji);
        } catch (IOException e) {
            throw new UncheckedIOException("The VADER lexicon could not be read", e);
        }
    }

    private static InputStream open(ClassLoader loader, String resource) {
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("The VADER lexicon is missing from the bundle: " + resource);
        }
        return in;
    }

    /** Reads the lexicons in the reference's format: tab-separated, token first, then its mean valence (or words). */
    static VaderLexicon read(InputStream lexicon, InputStream emoji) throws IOException {
        Map<String, Double> valences = new HashMap<>(16_384);
        for (String[] fields : tabSeparated(lexicon)) {
            valences.put(fields[0], Double.valueOf(fields[1]));
        }
        Map<Integer, String> emojiWords = new HashMap<>(2_048);
        for (String[] fields : tabSeparated(emoji)) {
            // The reference replaces emoji one code point at a time, so only single-code-point entries ever apply;
            // sequences (skin tones, joined emoji) reach their base emoji because the text drops the modifiers.
            if (fields[0].codePointCount(0, fields[0].length()) == 1) {
                emojiWords.put(fields[0].codePointAt(0), fields[1]);
            }
        }
        return new VaderLexicon(Map.copyOf(valences), Map.copyOf(emojiWords));
    }

    private static Iterable<String[]> tabSeparated(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String[]> rows = new ArrayList<>(8_192);
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String[] fields = line.strip().split("\t");
            if (fields.length >= 2) {
                rows.add(fields);
            }
        }
        return rows;
    }

    /** Whether a lower-cased token is in the lexicon. */
    boolean contains(String lowerToken) {
        return valences.containsKey(lowerToken);
    }

    /** The valence of a lower-cased token, 0 when it is not in the lexicon. */
    double valence(String lowerToken) {
        Double valence = valences.get(lowerToken);
        return valence == null ? 0.0 : valence;
    }

    /** The words describing an emoji code point, or null when it is none the lexicon knows. */
    String emojiWords(int codePoint) {
        return codePoint < lowestEmoji ? null : emojiWords.get(codePoint);
    }

    /** How many tokens the lexicon rates. */
    int size() {
        return valences.size();
    }
}
