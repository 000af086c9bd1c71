package org.rapport.feed.internal.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Every labelled post gets the reference implementation's compound score (reference-scores.tsv, written by
 * reference-scores.py with vaderSentiment), except where Rapport reads social text better on purpose: an emoji with a
 * variation selector ({@code ❤️}) is the emoji, where the reference glues the selector to its words and loses it.
 */
class ReferenceParityTest {

    private final VaderSentimentScorer scorer = new VaderSentimentScorer();

    @Test
    void everyPostWithoutEmojiModifiersGetsTheReferenceScore() throws Exception {
        List<SentimentData.Line> reference = SentimentData.read("reference-scores.tsv");
        List<String> labelledTexts = SentimentData.read("labelled-posts.tsv").stream().map(SentimentData.Line::text)
                .toList();
        assertEquals(labelledTexts, reference.stream().map(SentimentData.Line::text).toList(),
                "reference-scores.tsv is for the labelled posts as they are: run reference-scores.py again");
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (SentimentData.Line line : reference) {
            if (hasEmojiModifier(line.text())) {
                continue;
            }
            compared++;
            double expected = Double.parseDouble(line.first());
            double actual = scorer.score(line.text());
            if (Math.abs(expected - actual) > 0.0001) {
                differences.add(expected + " ≠ " + actual + ": " + line.text());
            }
        }
        assertTrue(compared >= 170, "nearly all posts are compared: " + compared);
        assertEquals(List.of(), differences, "posts scored differently from the reference");
    }

    @Test
    void anEmojiWithAVariationSelectorScoresAsTheEmoji() {
        assertEquals(scorer.score("Lumen Coffee never disappoints ☕❤"),
                scorer.score("Lumen Coffee never disappoints ☕❤️"));
    }

    private static boolean hasEmojiModifier(String text) {
        return text.codePoints().anyMatch(c -> c == 0xFE0F || c == 0x200D || (c >= 0x1F3FB && c <= 0x1F3FF));
    }
}
