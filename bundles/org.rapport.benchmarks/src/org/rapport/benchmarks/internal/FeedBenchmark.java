package org.rapport.benchmarks.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.rapport.feed.ImportSummary;
import org.rapport.feed.PostQuery;
import org.rapport.feed.StandaloneFeed;
import org.rapport.feed.sources.FetchedPost;
import org.rapport.feed.sources.ParseResult;

/**
 * The feed ingest benchmark: generated posts stored through {@code FeedService.store} (dedupe, identities, matching
 * through a person lookup, VADER sentiment, conversations, JDBC batches) into a fresh Derby, and the same rows
 * inserted by raw JDBC batches into another fresh Derby with the same tables, in one run. Posts are generated a batch
 * at a time (not timed), as a source type hands them over after parsing; parsing itself is not part of it. Prints
 * both rates, their ratio and the peak heap; asserts nothing.
 */
final class FeedBenchmark {

    /** Posts per call of {@code store}, like one large file or many polls. */
    static final int BATCH = 10_000;
    /** Posts stored both ways before the measured runs, so that neither pays for the JIT compiling Derby. */
    static final int WARM_UP = 5_000;

    /**
     * What one run measured.
     *
     * @param posts        posts generated
     * @param productNanos time of the product's store calls
     * @param created      posts the product created
     * @param matched      new posts matched to a contact
     * @param negative     new posts labelled negative
     * @param rawNanos     time of the raw JDBC load
     */
    record Figures(int posts, long productNanos, int created, int matched, int negative, long rawNanos) {

        double productRate() {
            return created * 1e9 / productNanos;
        }

        double rawRate() {
            return posts * 1e9 / rawNanos;
        }

        double ratio() {
            return productRate() / rawRate();
        }
    }

    private FeedBenchmark() {
    }

    static Figures run(Path folder, int posts, PrintStream out) throws IOException, SQLException {
        long started = System.nanoTime();
        measure(folder.resolve("warm-up"), Math.min(WARM_UP, posts), new PrintStream(PrintStream.nullOutputStream()));
        out.printf("Warmed up with %,d posts each way in %.1f s%n", Math.min(WARM_UP, posts),
                (System.nanoTime() - started) / 1e9);
        return measure(folder, posts, out);
    }

    private static Figures measure(Path folder, int count, PrintStream out) throws IOException, SQLException {
        Files.createDirectories(folder);
        SyntheticPosts generator = new SyntheticPosts(Instant.parse("2026-03-01T00:00:00Z"));
        long productNanos = 0;
        int created = 0;
        int matched = 0;
        int negative = 0;
        try (StandaloneFeed product = StandaloneFeed.openIn(folder.resolve("product"), SyntheticPosts.contacts())) {
            product.feed().count(PostQuery.ALL); // creates the schema before the clock starts
            for (int from = 0; from < count; from += BATCH) {
                List<FetchedPost> batch = generator.posts(from, Math.min(count, from + BATCH));
                long t = System.nanoTime();
                ImportSummary summary = product.feed().store(1, new ParseResult(batch, List.of()));
                productNanos += System.nanoTime() - t;
                created += summary.created();
                matched += summary.matched();
                negative += summary.negative();
            }
            out.printf("Product store: %,d posts created (%,d matched, %,d negative) in %.1f s%n", created, matched,
                    negative, productNanos / 1e9);
        }
        Path rawDatabase;
        try (StandaloneFeed raw = StandaloneFeed.openIn(folder.resolve("raw"), null)) {
            raw.feed().count(PostQuery.ALL); // the same tables and indexes, made by the same unit
            rawDatabase = raw.database().info().directory();
        }
        long rawNanos = 0;
        try (FeedRawJdbcLoader loader = new FeedRawJdbcLoader(rawDatabase)) {
            for (int from = 0; from < count; from += BATCH) {
                List<FetchedPost> batch = generator.posts(from, Math.min(count, from + BATCH));
                long t = System.nanoTime();
                loader.load(batch);
                rawNanos += System.nanoTime() - t;
            }
        }
        out.printf("Raw JDBC batch insert: %,d posts in %.1f s%n", count, rawNanos / 1e9);
        Figures figures = new Figures(count, productNanos, created, matched, negative, rawNanos);
        out.printf("Store through the product (match + sentiment + store): %,.0f posts/s%n", figures.productRate());
        out.printf("Raw JDBC batch insert:                                 %,.0f posts/s%n", figures.rawRate());
        out.printf("Ratio: %.2fx of raw JDBC (goal >= 0.80x)%n", figures.ratio());
        out.printf("Heap: peak %,d MB used of %,d MB max%n", peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        return figures;
    }

    /** The most heap used since the JVM started (sum of the heap pools' peaks: an upper bound). */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
