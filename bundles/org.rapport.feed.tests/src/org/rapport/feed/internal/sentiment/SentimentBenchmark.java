package org.rapport.feed.internal.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * How many short posts per second the scorer rates, on one thread and on all cores (the ingest needs 20,000 posts/s
 * including parsing, matching and storing). Not a timed test: it prints its figures. Run with
 * {@code -Dtest=SentimentBenchmark -Drapport.bench=true}.
 */
class SentimentBenchmark {

    private static final int POSTS = 1_000_000;

    @Test
    void postsPerSecond() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("rapport.bench"), "benchmark: run with -Drapport.bench=true");
        VaderSentimentScorer scorer = new VaderSentimentScorer();
        List<String> posts = variants(SentimentData.read("labelled-posts.tsv").stream()
                .map(SentimentData.Line::text).toList());
        double averageLength = posts.stream().mapToInt(String::length).average().orElse(0);

        score(scorer, posts, 300_000); // warm-up: the JIT compiles the scorer
        long start = System.nanoTime();
        double checksum = score(scorer, posts, POSTS);
        double single = POSTS / ((System.nanoTime() - start) / 1e9);

        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService threads = Executors.newFixedThreadPool(cores);
        double parallel;
        try {
            start = System.nanoTime();
            List<Future<Double>> sums = new ArrayList<>();
            for (int t = 0; t < cores; t++) {
                sums.add(threads.submit(() -> score(scorer, posts, POSTS)));
            }
            for (Future<Double> sum : sums) {
                assertEquals(checksum, sum.get(), 1e-6, "every thread scores the posts as one thread does");
            }
            parallel = cores * (double) POSTS / ((System.nanoTime() - start) / 1e9);
        } finally {
            threads.shutdownNow();
        }
        System.out.printf(Locale.ROOT, "Sentiment (VADER): %,d posts of %.0f characters on average: %,.0f posts/s on "
                + "one thread, %,.0f posts/s on %d threads%n", POSTS, averageLength, single, parallel, cores);
    }

    /** The labelled posts, and each again with a link, a mention and a hashtag, as feeds carry them. */
    private static List<String> variants(List<String> texts) {
        List<String> posts = new ArrayList<>(texts);
        for (int i = 0; i < texts.size(); i++) {
            posts.add("@user" + i + "@mastodon.example " + texts.get(i) + " https://example.com/p/" + i + " #Feed" + i);
        }
        return posts;
    }

    private static double score(VaderSentimentScorer scorer, List<String> posts, int count) {
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += scorer.score(posts.get(i % posts.size()));
        }
        return sum;
    }
}
