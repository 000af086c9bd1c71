package org.rapport.feed.internal.sentiment;

/**
 * Scores the sentiment of short social text. A DS service inside the feed bundle; thread-safe and fast (it runs on
 * every stored post, at tens of thousands of posts per second).
 */
public interface SentimentScorer {

    /**
     * The compound score of a text: −1 (most negative) … 1 (most positive), 0 for neutral or empty text. Its label is
     * {@link org.rapport.feed.SentimentLabel#of(double)}.
     */
    double score(String text);
}
