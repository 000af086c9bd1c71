package org.rapport.contacts.internal.duplicates;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Names made comparable (lower case, accents and punctuation removed, apostrophes dropped) and compared with the
 * Jaro-Winkler similarity, which forgives the typos people make in names (transposed and missing letters) and
 * weighs the beginning most.
 */
public final class NameSimilarity {

    private NameSimilarity() {
    }

    /** "Chloé  O'Brien-Smith" gives "chloe obrien smith". */
    public static String normalize(String name) {
        String folded = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("'", "").replace("\u2019", "").toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = true;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        return space && end > 0 ? out.substring(0, end - 1) : out.toString();
    }

    /** The words of a normalized name in alphabetical order, so "lovelace ada" and "ada lovelace" are one key. */
    public static String sortedWords(String normalized) {
        String[] words = normalized.split(" ");
        Arrays.sort(words);
        return String.join(" ", words);
    }

    /** Jaro-Winkler similarity, 0 (nothing alike) to 1 (equal). */
    public static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return a.isEmpty() ? 0 : 1;
        }
        int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] matchedA = new boolean[a.length()];
        boolean[] matchedB = new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(b.length() - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        for (int i = 0, j = 0; i < a.length(); i++) {
            if (matchedA[i]) {
                while (!matchedB[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        double m = matches;
        double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    /** The similarity of two normalized names, also trying the first one's words reversed (first and last swapped). */
    public static double names(String a, String b) {
        double straight = jaroWinkler(a, b);
        int space = a.indexOf(' ');
        if (space < 0 || straight == 1) {
            return straight;
        }
        String swapped = a.substring(a.lastIndexOf(' ') + 1) + " " + a.substring(0, a.lastIndexOf(' '));
        return Math.max(straight, jaroWinkler(swapped, b));
    }
}
