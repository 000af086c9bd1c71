package org.rapport.feed.internal.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.feed.SentimentLabel;

/** The scorer as the feed gets it from Declarative Services, used from many threads at once. */
class SentimentScorerServiceTest {

    @Test
    void theFeedGetsTheVaderScorerAsAService() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(SentimentScorerServiceTest.class).getBundleContext();
        ServiceTracker<SentimentScorer, SentimentScorer> tracker = new ServiceTracker<>(context, SentimentScorer.class,
                null);
        tracker.open();
        try {
            SentimentScorer scorer = tracker.waitForService(10_000);
            assertNotNull(scorer, "a SentimentScorer service is registered");
            assertEquals(0.8316, scorer.score("VADER is smart, handsome, and funny."), 0.0001);
            assertEquals(SentimentLabel.NEGATIVE, SentimentLabel.of(scorer.score("@acme worst support EVER 😠")));
        } finally {
            tracker.close();
        }
    }

    @Test
    void threadsScoringTogetherGetTheScoresOneThreadGets() throws Exception {
        VaderSentimentScorer scorer = new VaderSentimentScorer();
        List<String> posts = SentimentData.read("labelled-posts.tsv").stream().map(SentimentData.Line::text).toList();
        double[] alone = posts.stream().mapToDouble(scorer::score).toArray();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<double[]>> together = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                together.add(threads.submit(() -> {
                    double[] scores = null;
                    for (int round = 0; round < 20; round++) {
                        scores = posts.stream().mapToDouble(scorer::score).toArray();
                    }
                    return scores;
                }));
            }
            for (Future<double[]> scores : together) {
                assertArrayEquals(alone, scores.get(60, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
