package org.rapport.feed.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.feed.FeedService;
import org.rapport.feed.PostQuery;
import org.rapport.feed.sources.AuthorIdentity;
import org.rapport.feed.sources.FetchedPost;
import org.rapport.feed.sources.ParseResult;
import org.rapport.feed.ui.FeedUi;
import org.rapport.feed.ui.internal.stream.StreamView;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/**
 * The feed stream over a million posts: how long from opening the view until its first rows are on screen (the first
 * page read and painted; the count follows). Prints figures (no pass/fail on time); runs only when asked for:
 * {@code -Dtest=StreamBenchmark -Drapport.bench=true}. The posts are stored once through {@link FeedService#store}
 * (parse results of 5,000 posts, as an import would, each batch a network of its own: the store's lookup of a batch's
 * ids among the stored posts scans the network's posts, which made a million posts of one network take hours).
 */
@ExtendWith(ScreenshotOnFailure.class)
class StreamBenchmark {

    static final int POSTS = Integer.getInteger("rapport.bench.posts", 1_000_000);
    static final int BATCH = 5_000;
    static final int ROUNDS = 7;
    static final int AUTHORS_PER_BATCH = 50;
    private static final String LOADING = "\u2026";
    private static final String[] TEXTS = { "I love the new release, great work", "The app is terrible, I hate the update",
            "Meeting the team at the fair on Tuesday", "Support was awful and slow again", "Thanks, this is wonderful",
            "Anyone tried the new pricing?", "Worst customer service ever", "Nice talk at the conference today" };

    @Test
    void streamOverAMillionPosts() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("rapport.bench"), "benchmark: run with -Drapport.bench=true");
        FeedDriver.waitForDemoData();
        FeedService feed = FeedDriver.service(FeedService.class);
        int existing = feed.count(PostQuery.ALL);
        if (existing < POSTS) {
            store(feed, existing, POSTS - existing);
        }
        int total = feed.count(PostQuery.ALL);
        assertTrue(total >= POSTS, "a million posts are stored: " + total);

        IWorkbenchPage page = FeedDriver.perspective();
        long[] firstRows = new long[ROUNDS];
        long[] inView = new long[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            IViewPart open = page.findView(FeedUi.STREAM_VIEW_ID);
            if (open != null) {
                page.hideView(open);
            }
            UiTestSupport.spinFor(Duration.ofMillis(500));
            long start = System.nanoTime();
            page.showView(FeedUi.STREAM_VIEW_ID);
            StreamView view = FeedDriver.view(FeedUi.STREAM_VIEW_ID, StreamView.class);
            UiTestSupport.spinUntil(() -> firstRowShown(view), () -> "the first row is shown");
            firstRows[round] = (System.nanoTime() - start) / 1_000_000;
            inView[round] = view.firstRowsMillis();
            UiTestSupport.spinUntil(() -> view.table().rowCount() == total, () -> "the stream counted every post");
        }
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heap = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
        System.out.printf("BENCH feed stream: %,d posts, open to first rows visible median %d ms, min %d, max %d"
                + " (view's own creation to first rows: median %d ms; %d rounds); heap used after %d MB of %d MB max%n",
                total, median(firstRows), Arrays.stream(firstRows).min().orElse(0),
                Arrays.stream(firstRows).max().orElse(0), median(inView), ROUNDS, heap, runtime.maxMemory() / (1024 * 1024));
        System.out.println("BENCH feed stream: peak heap " + ManagementFactory.getMemoryMXBean().getHeapMemoryUsage());
        FeedDriver.screenshot("social-feed-stream-1m.png");
    }

    private static boolean firstRowShown(StreamView view) {
        TableItem item = view.table().itemAt(0);
        return item != null && !item.getText(1).isEmpty() && !LOADING.equals(item.getText(0));
    }

    /** Stores synthetic posts in a background thread while the UI keeps running; prints the rate. */
    private static void store(FeedService feed, int from, int count) throws Exception {
        long start = System.nanoTime();
        CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
            Instant now = Instant.now();
            for (int done = 0; done < count; done += BATCH) {
                // each batch a network of its own: storing looks up a batch's ids among the stored posts of its
                // network, and that lookup grows with the network's posts (see the closing note of the benchmark)
                String network = "bench" + (from + done) / BATCH;
                List<AuthorIdentity> authors = new ArrayList<>();
                for (int a = 0; a < AUTHORS_PER_BATCH; a++) {
                    authors.add(new AuthorIdentity(network, "author" + a, "Bench Author " + a, null, null, null, a));
                }
                List<FetchedPost> batch = new ArrayList<>(BATCH);
                for (int i = done; i < Math.min(count, done + BATCH); i++) {
                    int n = from + i;
                    AuthorIdentity author = authors.get(n % authors.size());
                    batch.add(new FetchedPost("bench:" + n, network, author, TEXTS[n % TEXTS.length] + " #" + n,
                            now.minusSeconds(n * 30L % (365L * 24 * 3600)), null, "en", null, null, List.of(), List.of(),
                            -1, -1, -1, null, null));
                }
                feed.store(0, new ParseResult(batch, List.of()));
            }
        });
        while (!writing.isDone()) {
            UiTestSupport.spinFor(Duration.ofMillis(200));
        }
        writing.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("BENCH feed stream: stored %,d posts through FeedService.store in %.1f s (%,.0f posts/s)%n",
                count, seconds, count / seconds);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
