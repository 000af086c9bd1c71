package org.rapport.benchmarks.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.core.cli.CliCommand;
import org.rapport.core.cli.CliContext;
import org.rapport.core.cli.ExitCode;
import org.rapport.core.cli.UsageException;
import org.rapport.testing.TestDatabases;

/**
 * The bench commands on data sets small enough for a test: each runs to the end on the domains' exported API and
 * prints the figures the README describes. The figures themselves are not asserted (benchmarks have no thresholds).
 */
class BenchCommandsTest {

    private static final String PASSWORD = "rapport.db.password";

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /**
     * On the suite's database: embedded Derby, or new databases on the PostgreSQL test server. Runs on 300 people;
     * {@code -Drapport.test.vmargs="-Xmx2g -Drapport.bench.import.rows=1000000"} makes it the full benchmark.
     */
    @Test
    void benchImportPrintsBothRatesTheirRatioAndTheListTimings() {
        String rows = System.getProperty("rapport.bench.import.rows", "300");
        String people = String.format("%,d", Integer.parseInt(rows));
        List<String> args = TestDatabases.onServer()
                ? List.of(rows, "--server", System.getProperty(TestDatabases.SERVER), "--server-user", TestDatabases.user())
                : List.of(rows);
        String password = System.getProperty(PASSWORD);
        try {
            if (TestDatabases.onServer()) {
                System.setProperty(PASSWORD, TestDatabases.password()); // as RAPPORT_DB_PASSWORD would give it
            }
            assertEquals(0, run(new ImportBenchCommand(), args.toArray(String[]::new)), stderr());
        } finally {
            restore(PASSWORD, password);
        }

        System.out.print(stdout());
        assertTrue(stdout().contains(TestDatabases.onServer() ? "Databases: PostgreSQL at " : "Databases: embedded Derby"),
                stdout());
        assertTrue(stdout().contains("Product import: " + people + " created"), stdout());
        assertTrue(stdout().contains("Raw JDBC batch insert: " + people + " people"), stdout());
        assertTrue(stdout().matches("(?s).*Ratio: \\d+\\.\\d\\dx of raw JDBC.*"), stdout());
        assertTrue(stdout().contains("List of " + people + " people, first 50 rows, first call:"), stdout());
        assertTrue(stdout().matches("(?s).*List, first 50 rows in every order \\(goal < 200 ms\\): p50 .*\\(50 queries\\).*"),
                stdout());
        assertTrue(stdout().contains("List, all " + people + " ids by name:"), stdout());
        assertEquals(2, run(new ImportBenchCommand(), "many"));
        assertTrue(stderr().contains("ROWS needs a positive whole number, not 'many'"), stderr());
    }

    @Test
    void benchSearchBuildsTheIndexOfSyntheticPeopleAndTimesSearchesAndSegments() {
        Path kept = temp.resolve("search");

        assertEquals(0, run(new SearchBenchCommand(), "--people", "400", "--queries", "100", "--dir", kept.toString()),
                stderr());

        assertTrue(stdout().contains("People written:   400 in"), stdout());
        assertTrue(stdout().contains("Index build:      400 people in"), stdout());
        assertTrue(stdout().contains("Index restart:    open and compare with the database in"), stdout());
        assertTrue(stdout().matches("(?s).*Search \\(50 rows\\): p50 .* \\(100 queries\\).*"), stdout());
        assertTrue(stdout().contains("Segment count:    tags any vip:"), stdout());
        assertTrue(Files.isDirectory(kept.resolve("db")), "--dir keeps the database");

        out.reset();
        assertEquals(0, run(new SearchBenchCommand(), "--people", "400", "--queries", "100", "--dir", kept.toString()),
                stderr());
        assertTrue(stdout().contains("People reused:    400 from " + kept), stdout());
    }

    @Test
    void benchPipelineTimesTheBoardTheForecastAndStageMoves() {
        assertEquals(0, run(new PipelineBenchCommand(), "--open", "60", "--total", "150"), stderr());

        assertTrue(stdout().contains("Deals written:    150 in"), stdout());
        assertTrue(stdout().matches("(?s).*Board, first: .* deals counted, .* cards read: Lead \\d+.*"), stdout());
        assertTrue(stdout().contains("Forecast:         p50"), stdout());
        assertTrue(stdout().contains("Stage move:       p50"), stdout());
        assertEquals(2, run(new PipelineBenchCommand(), "--open", "200", "--total", "100"));
    }

    /**
     * Runs on 1,500 posts; {@code -Drapport.test.vmargs="-Xmx512m -Drapport.bench.feed.posts=200000"} makes it the
     * full benchmark in the test runtime (the product-free way to get the figures).
     */
    @Test
    void benchFeedPrintsBothRatesTheirRatioAndTheHeap() {
        String posts = System.getProperty("rapport.bench.feed.posts", "1500");

        assertEquals(0, run(new FeedBenchCommand(), posts), stderr());

        System.out.print(stdout());
        assertTrue(stdout().matches("(?s).*Product store: [\\d,]+ posts created \\([\\d,]+ matched, [\\d,]+ negative\\).*"),
                stdout());
        assertTrue(stdout().contains("Raw JDBC batch insert: " + String.format("%,d", Integer.parseInt(posts))
                + " posts in"), stdout());
        assertTrue(stdout().matches("(?s).*Ratio: \\d+\\.\\d\\dx of raw JDBC.*"), stdout());
        assertTrue(stdout().contains("Heap: peak"), stdout());
    }

    private int run(CliCommand command, String... args) {
        try {
            return command.run(List.of(args), CliContext.of(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8))).code();
        } catch (UsageException e) {
            err.writeBytes((e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
            return ExitCode.USAGE.code();
        }
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
