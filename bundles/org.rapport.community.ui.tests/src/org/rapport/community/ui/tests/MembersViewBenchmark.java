package org.rapport.community.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.community.ActivityImportResult;
import org.rapport.community.ActivityService;
import org.rapport.community.MemberQuery;
import org.rapport.community.MemberService;
import org.rapport.community.ui.CommunityUi;
import org.rapport.community.ui.internal.members.MembersView;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/**
 * The Members view over a large community (100,000 members by default, {@code -Drapport.bench.members=N}): how long
 * from opening the view until its first rows are on screen. The members come from one activity CSV imported through
 * {@link ActivityService#importFile} (a member per row, as a forum export would create them). Prints figures (no
 * pass/fail on time); runs only when asked for: {@code -Dtest=MembersViewBenchmark -Drapport.bench=true}.
 */
@ExtendWith(ScreenshotOnFailure.class)
class MembersViewBenchmark {

    static final int MEMBERS = Integer.getInteger("rapport.bench.members", 100_000);
    static final int ROUNDS = 7;
    private static final String LOADING = "\u2026";

    @TempDir
    Path dir;

    @Test
    void membersViewOverALargeCommunity() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("rapport.bench"), "benchmark: run with -Drapport.bench=true");
        CommunityDriver.waitForDemoData();
        MemberService members = CommunityDriver.service(MemberService.class);
        int existing = members.count(MemberQuery.ALL);
        if (existing < MEMBERS) {
            importMembers(MEMBERS - existing);
        }
        int total = members.count(MemberQuery.ALL);
        assertTrue(total >= MEMBERS, "the community is large: " + total);

        IWorkbenchPage page = CommunityDriver.perspective();
        long[] firstRows = new long[ROUNDS];
        long[] inView = new long[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            IViewPart open = page.findView(CommunityUi.MEMBERS_VIEW_ID);
            if (open != null) {
                page.hideView(open);
            }
            UiTestSupport.spinFor(Duration.ofMillis(500));
            long start = System.nanoTime();
            MembersView view = CommunityDriver.view(CommunityUi.MEMBERS_VIEW_ID, MembersView.class);
            UiTestSupport.spinUntil(() -> firstRowShown(view), () -> "the first row is shown");
            firstRows[round] = (System.nanoTime() - start) / 1_000_000;
            inView[round] = view.firstRowsMillis();
            UiTestSupport.spinUntil(() -> view.table().rowCount() == total, Duration.ofMinutes(1),
                    () -> "the view counted every member");
        }
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.out.printf("BENCH community members view: %,d members, open to first rows visible median %d ms, min %d,"
                + " max %d (view's own creation to first rows: median %d ms; %d rounds); heap used after %d MB of %d MB"
                + " max%n", total, median(firstRows), Arrays.stream(firstRows).min().orElse(0),
                Arrays.stream(firstRows).max().orElse(0), median(inView), ROUNDS,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
    }

    private static boolean firstRowShown(MembersView view) {
        TableItem item = view.table().itemAt(0);
        return item != null && !item.getText(0).isEmpty() && !LOADING.equals(item.getText(0));
    }

    /** Writes a CSV with one activity per new member and imports it in a background thread; prints the rate. */
    private void importMembers(int count) throws Exception {
        Path file = dir.resolve("bench-members.csv");
        Instant now = Instant.now();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("date,type,platform,handle,name,title\n");
            for (int i = 0; i < count; i++) {
                out.write(now.minusSeconds(i * 37L % (180L * 24 * 3600)) + ",post,discourse,bench" + i
                        + ",Bench Member " + i + ",Post " + i + "\n");
            }
        }
        long start = System.nanoTime();
        ActivityService activities = CommunityDriver.service(ActivityService.class);
        CompletableFuture<ActivityImportResult> importing = CompletableFuture
                .supplyAsync(() -> activities.importFile(file, null));
        while (!importing.isDone()) {
            UiTestSupport.spinFor(Duration.ofMillis(200));
        }
        ActivityImportResult result = importing.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("BENCH community members view: imported %,d members (%s) in %.1f s%n",
                result.membersCreated(), result.summary(), seconds);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
