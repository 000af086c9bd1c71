package org.rapport.feed;

/** The label of a post's sentiment score (VADER's compound score thresholds: ≥ 0.05 positive, ≤ −0.05 negative). */
public enum SentimentLabel {
    /** Compound score of 0.05 or more. */
    POSITIVE,
    /** Between −0.05 and 0.05. */
    NEUTRAL,
    /** Compound score of −0.05 or less. */
    NEGATIVE;

    /** The threshold either side of neutral. */
    public static final double THRESHOLD = 0.05;

    /** The label of a compound score in −1…1. */
    public static SentimentLabel of(double score) {
        if (score >= THRESHOLD) {
            return POSITIVE;
        }
        return score <= -THRESHOLD ? NEGATIVE : NEUTRAL;
    }
}
