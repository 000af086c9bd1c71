package org.rapport.feed.internal.sentiment;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The word lists and empirically derived constants of VADER (Hutto &amp; Gilbert, 2014), as in the reference
 * implementation vaderSentiment (MIT).
 */
final class VaderRules {

    /** Mean rating increase for a booster word ("very"), and decrease for a dampener ("slightly"). */
    static final double B_INCR = 0.293;
    static final double B_DECR = -0.293;
    /** Mean rating increase for a word in capitals among words that are not. */
    static final double C_INCR = 0.733;
    /** What a negation multiplies the valence of a word by. */
    static final double N_SCALAR = -0.74;
    /** Mean rating increase per exclamation mark (up to four). */
    static final double EXCLAMATION_INCR = 0.292;
    /** Mean rating increase per question mark (two or three; 0.96 for more). */
    static final double QUESTION_INCR = 0.18;
    static final double QUESTIONS_MAX = 0.96;
    /** The normalisation constant: compound = sum / sqrt(sum² + alpha). */
    static final double ALPHA = 15;

    static final Set<String> NEGATIONS = Set.of("aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt",
            "doesnt", "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't", "dont", "hadnt", "hasnt",
            "havent", "isnt", "mightnt", "mustnt", "neither", "don't", "hadn't", "hasn't", "haven't", "isn't",
            "mightn't", "mustn't", "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
            "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent", "oughtn't", "shan't", "shouldn't", "uh-uh",
            "wasn't", "weren't", "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite");

    /** Degree adverbs: boosters and dampeners, with the two-word ones the idiom check adds. */
    static final Map<String, Double> BOOSTERS = boosters();

    /** Idioms and phrases containing lexicon words whose valence replaces the word's. */
    static final Map<String, Double> SPECIAL_CASES = Map.of("the shit", 3.0, "the bomb", 3.0, "bad ass", 1.5,
            "badass", 1.5, "bus stop", 0.0, "yeah right", -2.0, "kiss of death", -1.5, "to die for", 3.0,
            "beating heart", 3.1, "broken heart", -2.9);

    private VaderRules() {
    }

    /** Whether a lower-cased word negates what follows it ("not", "never", any word with "n't"). */
    static boolean negates(String lowerWord) {
        return NEGATIONS.contains(lowerWord) || lowerWord.contains("n't");
    }

    private static Map<String, Double> boosters() {
        String[] up = { "absolutely", "amazingly", "awfully", "completely", "considerable", "considerably",
                "decidedly", "deeply", "effing", "enormous", "enormously", "entirely", "especially", "exceptional",
                "exceptionally", "extreme", "extremely", "fabulously", "flipping", "flippin", "frackin", "fracking",
                "fricking", "frickin", "frigging", "friggin", "fully", "fuckin", "fucking", "fuggin", "fugging",
                "greatly", "hella", "highly", "hugely", "incredible", "incredibly", "intensely", "major", "majorly",
                "more", "most", "particularly", "purely", "quite", "really", "remarkably", "so", "substantially",
                "thoroughly", "total", "totally", "tremendous", "tremendously", "uber", "unbelievably", "unusually",
                "utter", "utterly", "very" };
        String[] down = { "almost", "barely", "hardly", "just enough", "kind of", "kinda", "kindof", "kind-of",
                "less", "little", "marginal", "marginally", "occasional", "occasionally", "partly", "scarce",
                "scarcely", "slight", "slightly", "somewhat", "sort of", "sorta", "sortof", "sort-of" };
        HashMap<String, Double> boosters = new HashMap<>();
        for (String word : up) {
            boosters.put(word, B_INCR);
        }
        for (String word : down) {
            boosters.put(word, B_DECR);
        }
        return Map.copyOf(boosters);
    }
}
