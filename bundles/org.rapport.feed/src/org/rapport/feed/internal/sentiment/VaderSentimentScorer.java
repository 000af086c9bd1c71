package org.rapport.feed.internal.sentiment;

import static org.rapport.feed.internal.sentiment.VaderRules.BOOSTERS;
import static org.rapport.feed.internal.sentiment.VaderRules.C_INCR;
import static org.rapport.feed.internal.sentiment.VaderRules.N_SCALAR;
import static org.rapport.feed.internal.sentiment.VaderRules.SPECIAL_CASES;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * VADER (Valence Aware Dictionary and sEntiment Reasoner, Hutto &amp; Gilbert, ICWSM 2014) over its published
 * lexicon: the compound score of the reference implementation vaderSentiment, rule for rule (degree adverbs, negation,
 * capitals among lower case, "but", "kind of", "least", idioms, punctuation emphasis, emoji), on social text split
 * by {@link SocialText} (links and mentions left out, hashtags as words).
 * <p>
 * The lexicon is read once when the component is activated; scoring only reads it, so any number of threads may score
 * at once.
 */
@Component(service = SentimentScorer.class)
public class VaderSentimentScorer implements SentimentScorer {

    private final VaderLexicon lexicon;

    /** Reads the lexicon from the bundle. */
    @Activate
    public VaderSentimentScorer() {
        this(VaderLexicon.fromClassPath(VaderSentimentScorer.class.getClassLoader()));
    }

    VaderSentimentScorer(VaderLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public double score(String text) {
        if (text == null || text.isBlank()) {
            return 0.0;
        }
        SocialText post = SocialText.of(text, lexicon);
        int count = post.words.length;
        if (count == 0) {
            return 0.0;
        }
        double[] sentiments = new double[count];
        for (int i = 0; i < count; i++) {
            String word = post.lower[i];
            // degree adverbs and "kind of" modify the next word and carry no valence of their own
            boolean kindOf = word.equals("kind") && i < count - 1 && post.lower[i + 1].equals("of");
            if (!BOOSTERS.containsKey(word) && !kindOf) {
                sentiments[i] = valence(post, i);
            }
        }
        shiftAroundBut(post.lower, sentiments);
        double sum = 0.0;
        for (double sentiment : sentiments) {
            sum += sentiment;
        }
        double emphasis = punctuationEmphasis(post);
        if (sum > 0) {
            sum += emphasis;
        } else if (sum < 0) {
            sum -= emphasis;
        }
        double compound = Math.max(-1.0, Math.min(1.0, sum / Math.sqrt(sum * sum + VaderRules.ALPHA)));
        // rounded as the reference rounds, so a score and its label are the published ones
        return Math.rint(compound * 10_000) / 10_000;
    }

    private double valence(SocialText post, int i) {
        String[] lower = post.lower;
        if (!lexicon.contains(lower[i])) {
            return 0.0;
        }
        double valence = lexicon.valence(lower[i]);
        if (lower[i].equals("no") && i != lower.length - 1 && lexicon.contains(lower[i + 1])) {
            valence = 0.0; // "no" negates the rated word after it instead of counting as a negative word itself
        }
        if ((i > 0 && lower[i - 1].equals("no")) || (i > 1 && lower[i - 2].equals("no"))
                || (i > 2 && lower[i - 3].equals("no") && (lower[i - 1].equals("or") || lower[i - 1].equals("nor")))) {
            valence = lexicon.valence(lower[i]) * N_SCALAR;
        }
        if (post.capDifferential && SocialText.isUpper(post.words[i])) {
            valence += valence > 0 ? C_INCR : -C_INCR;
        }
        for (int back = 0; back < 3; back++) {
            int before = i - (back + 1);
            if (before >= 0 && !lexicon.contains(lower[before])) {
                double scalar = scalarOf(post, before, valence);
                if (back == 1) {
                    scalar *= 0.95;
                } else if (back == 2) {
                    scalar *= 0.9;
                }
                valence = negationCheck(valence + scalar, lower, back, i);
                if (back == 2) {
                    valence = idiomCheck(valence, lower, i);
                }
            }
        }
        return leastCheck(valence, lower, i);
    }

    /** How much a booster or dampener before a rated word adds to it (in the direction of its valence). */
    private static double scalarOf(SocialText post, int at, double valence) {
        Double booster = BOOSTERS.get(post.lower[at]);
        if (booster == null) {
            return 0.0;
        }
        double scalar = valence < 0 ? -booster : booster;
        if (post.capDifferential && SocialText.isUpper(post.words[at])) {
            scalar += valence > 0 ? C_INCR : -C_INCR;
        }
        return scalar;
    }

    private static double negationCheck(double valence, String[] lower, int back, int i) {
        String before = lower[i - (back + 1)];
        if (back == 0) {
            return VaderRules.negates(before) ? valence * N_SCALAR : valence;
        }
        if (back == 1) {
            if (lower[i - 2].equals("never") && (lower[i - 1].equals("so") || lower[i - 1].equals("this"))) {
                return valence * 1.25; // "never so good": emphasis, not negation
            }
            if (lower[i - 2].equals("without") && lower[i - 1].equals("doubt")) {
                return valence;
            }
            return VaderRules.negates(before) ? valence * N_SCALAR : valence;
        }
        // As in the reference, a "so" or "this" right before the word emphasises it here even without "never".
        if ((lower[i - 3].equals("never") && (lower[i - 2].equals("so") || lower[i - 2].equals("this")))
                || lower[i - 1].equals("so") || lower[i - 1].equals("this")) {
            return valence * 1.25;
        }
        if (lower[i - 3].equals("without") && (lower[i - 2].equals("doubt") || lower[i - 1].equals("doubt"))) {
            return valence;
        }
        return VaderRules.negates(before) ? valence * N_SCALAR : valence;
    }

    /** Idioms around the word ("the shit", "bad ass", "yeah right") and two-word dampeners ("kind of") before it. */
    private static double idiomCheck(double valence, String[] lower, int i) {
        String oneZero = lower[i - 1] + ' ' + lower[i];
        String twoOneZero = lower[i - 2] + ' ' + oneZero;
        String twoOne = lower[i - 2] + ' ' + lower[i - 1];
        String threeTwo = lower[i - 3] + ' ' + lower[i - 2];
        String threeTwoOne = threeTwo + ' ' + lower[i - 1];
        for (String sequence : new String[] { oneZero, twoOneZero, twoOne, threeTwoOne, threeTwo }) {
            Double special = SPECIAL_CASES.get(sequence);
            if (special != null) {
                valence = special;
                break;
            }
        }
        if (lower.length - 1 > i) {
            String zeroOne = lower[i] + ' ' + lower[i + 1];
            valence = SPECIAL_CASES.getOrDefault(zeroOne, valence);
            if (lower.length - 1 > i + 1) {
                valence = SPECIAL_CASES.getOrDefault(zeroOne + ' ' + lower[i + 2], valence);
            }
        }
        for (String nGram : new String[] { threeTwoOne, threeTwo, twoOne }) {
            valence += BOOSTERS.getOrDefault(nGram, 0.0);
        }
        return valence;
    }

    /** "least" negates ("the least compelling") unless it is "at least" or "very least". */
    private double leastCheck(double valence, String[] lower, int i) {
        if (i > 0 && lower[i - 1].equals("least") && !lexicon.contains("least")) {
            if (i == 1 || !(lower[i - 2].equals("at") || lower[i - 2].equals("very"))) {
                return valence * N_SCALAR;
            }
        }
        return valence;
    }

    /**
     * After the first "but" the sentiment counts half as much again, before it half. Faithful to the reference, which
     * finds each value's first occurrence in the list to scale it: equal values are scaled where they first occur.
     */
    private static void shiftAroundBut(String[] lower, double[] sentiments) {
        int but = -1;
        for (int i = 0; i < lower.length && but < 0; i++) {
            if (lower[i].equals("but")) {
                but = i;
            }
        }
        if (but < 0) {
            return;
        }
        for (int k = 0; k < sentiments.length; k++) {
            double sentiment = sentiments[k];
            if (sentiment == 0.0) {
                continue; // scaling zero changes nothing
            }
            int first = 0;
            while (sentiments[first] != sentiment) {
                first++;
            }
            if (first < but) {
                sentiments[first] = sentiment * 0.5;
            } else if (first > but) {
                sentiments[first] = sentiment * 1.5;
            }
        }
    }

    private static double punctuationEmphasis(SocialText post) {
        double exclamations = Math.min(post.exclamations, 4) * VaderRules.EXCLAMATION_INCR;
        double questions = 0.0;
        if (post.questions > 1) {
            questions = post.questions <= 3 ? post.questions * VaderRules.QUESTION_INCR : VaderRules.QUESTIONS_MAX;
        }
        return exclamations + questions;
    }
}
