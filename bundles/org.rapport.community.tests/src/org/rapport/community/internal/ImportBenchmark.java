package org.rapport.community.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.community.ActivityImportResult;

/**
 * How fast a GitHub events export imports (a first import, then the same file again, which adds nothing), scores
 * following as in the product; prints figures, asserts only the counts. Run with
 * {@code -Dtest=ImportBenchmark -Drapport.bench=true}; rows with {@code -Drapport.bench.importRows=N} (default 20,000
 * events by 2,000 people).
 */
class ImportBenchmark {

    @TempDir
    Path workspace;
    @TempDir
    Path files;

    @Test
    void importGitHubEvents() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("rapport.bench"), "benchmark: run with -Drapport.bench=true");
        int rows = Integer.getInteger("rapport.bench.importRows", 20_000);
        int people = Math.max(1, rows / 10);
        Path file = files.resolve("events.json");
        Instant start = Instant.parse("2026-06-01T00:00:00Z");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("[\n");
            for (int i = 0; i < rows; i++) {
                String type = i % 3 == 0 ? "PullRequestEvent" : i % 3 == 1 ? "IssueCommentEvent" : "PushEvent";
                out.write(String.format(Locale.ROOT, "%s{\"id\": \"%d\", \"type\": \"%s\", \"actor\": {\"login\": \"user%d\"},"
                        + " \"repo\": {\"name\": \"o/r\"}, \"payload\": {\"action\": \"opened\", \"size\": 1,"
                        + " \"pull_request\": {\"title\": \"PR %d\"}, \"issue\": {\"title\": \"Issue\"}},"
                        + " \"created_at\": \"%s\"}%n", i == 0 ? "" : ",", 1_000_000 + i, type, i % people, i,
                        start.plusSeconds(600L * i)));
            }
            out.write("]\n");
        }
        try (TestCommunity test = new TestCommunity(workspace)) {
            long t0 = System.nanoTime();
            ActivityImportResult first = test.parts.activities.importFile(file, null);
            double firstSeconds = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            ActivityImportResult again = test.parts.activities.importFile(file, null);
            double againSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "Community import: %,d GitHub events by %,d people: %.1f s (%,.0f rows/s),"
                    + " again (all already imported) %.1f s (%,.0f rows/s)%n", rows, people, firstSeconds,
                    rows / firstSeconds, againSeconds, rows / againSeconds);
            assertEquals(rows, first.activities());
            assertEquals(people, first.membersCreated());
            assertEquals(rows, again.alreadyImported());
        }
    }
}
