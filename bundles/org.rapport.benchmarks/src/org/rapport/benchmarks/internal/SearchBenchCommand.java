package org.rapport.benchmarks.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Component;
import org.rapport.benchmarks.SyntheticPeople;
import org.rapport.contacts.ContactQuery;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.PersonRow;
import org.rapport.contacts.io.StandaloneContacts;
import org.rapport.contacts.search.ContactSearch;
import org.rapport.contacts.search.SearchIndexStatus.State;
import org.rapport.contacts.segments.SegmentCriteria;
import org.rapport.contacts.segments.SegmentService;
import org.rapport.core.cli.CliArguments;
import org.rapport.core.cli.CliCommand;
import org.rapport.core.cli.CliContext;
import org.rapport.core.cli.ExitCode;
import org.rapport.core.cli.UsageException;

/**
 * {@code bench search}: writes N synthetic people into a database of its own, then measures the search index build,
 * search latency over prefixes typed the way people type (a name letter by letter, a last name, the start of an email
 * or an organization), and the live count of a segment. Prints figures; asserts nothing.
 */
@Component(service = CliCommand.class)
public class SearchBenchCommand implements CliCommand {

    private static final int DEFAULT_PEOPLE = 1_000_000;
    private static final int DEFAULT_QUERIES = 5_000;
    private static final int WARM_UP = 500;
    private static final long INDEX_WAIT_MILLIS = TimeUnit.HOURS.toMillis(2);
    private static final String EXAMPLE = """
            rapport-segment 1
            age 25..40
            income >= B
            social mastodon followers >= 1000
            """;

    @Override
    public String name() {
        return "bench search";
    }

    @Override
    public String arguments() {
        return "[--people N] [--queries N] [--dir DIR]";
    }

    @Override
    public String summary() {
        return "benchmark: N synthetic people (default 1,000,000), search index build, search p50/p95/p99, segment count;"
                + " DIR keeps the database to reuse";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        CliArguments options = CliArguments.parse(args, Set.of("--people", "--queries", "--dir"), Set.of());
        if (!options.positional().isEmpty()) {
            throw new UsageException("takes only options, not " + options.positional());
        }
        int people = options.positiveNumber("--people", DEFAULT_PEOPLE);
        int queries = options.positiveNumber("--queries", DEFAULT_QUERIES);
        boolean temporary = !options.has("--dir");
        try {
            Path folder = temporary ? Files.createTempDirectory("rapport-bench-search")
                    : Files.createDirectories(Path.of(options.value("--dir")));
            try {
                bench(folder, people, queries, context.out());
            } finally {
                if (temporary) {
                    Folders.delete(folder);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.FAILED;
        }
        return ExitCode.OK;
    }

    private static void bench(Path folder, int people, int queries, PrintStream out) throws IOException, InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        out.printf("Rapport search benchmark: %,d people, Java %s, %d processors, max heap %,d MB, in %s%n", people,
                System.getProperty("java.version"), runtime.availableProcessors(), runtime.maxMemory() >> 20, folder);
        Path index = folder.resolve("search-index");
        try (StandaloneContacts standalone = StandaloneContacts.openIn(folder)) {
            ContactService contacts = standalone.contacts();
            int existing = contacts.count(ContactQuery.ALL); // also creates the tables in a new folder
            if (existing == 0) {
                long start = System.nanoTime();
                new SyntheticPeople(20261123).insert(standalone.database().info(), people, null);
                double seconds = seconds(start);
                out.printf("People written:   %,d in %.1f s (%,.0f people/s; batched JDBC, synthetic)%n", people, seconds,
                        people / seconds);
            } else if (existing != people) {
                throw new IllegalStateException(folder + " holds " + existing + " people; use an empty folder or --people "
                        + existing);
            } else {
                out.printf("People reused:    %,d from %s%n", existing, folder);
            }

            Folders.delete(index);
            long start = System.nanoTime();
            ContactSearch search = awaitIndexed(standalone.searchIndexIn(index));
            double build = seconds(start);
            out.printf("Index build:      %,d people in %.1f s (%,.0f people/s), %,d MB on disk; %s%n", people, build,
                    people / build, Folders.size(index) >> 20, search.status().message());
        }
        // a restart: the database is opened again before the clock starts, as the product opens it before the index
        try (StandaloneContacts standalone = StandaloneContacts.openIn(folder)) {
            ContactService contacts = standalone.contacts();
            contacts.count(ContactQuery.ALL);
            long start = System.nanoTime();
            ContactSearch search = awaitIndexed(standalone.searchIndexIn(index));
            out.printf("Index restart:    open and compare with the database in %.2f s; %s%n", seconds(start),
                    search.status().message());

            List<String> typed = typedPrefixes(contacts, queries + WARM_UP);
            measure(search, typed.subList(0, WARM_UP), new Latencies());
            Latencies all = new Latencies();
            Latencies[] byLength = { new Latencies(), new Latencies(), new Latencies(), new Latencies() };
            for (String text : typed.subList(WARM_UP, typed.size())) {
                long t = System.nanoTime();
                search.search(text, ContactSearch.DEFAULT_LIMIT);
                long took = System.nanoTime() - t;
                all.add(took);
                byLength[Math.min(3, text.length() <= 2 ? text.length() - 1 : text.length() <= 4 ? 2 : 3)].add(took);
            }
            out.printf("Search (50 rows): %s%n", all.summary());
            String[] lengths = { "1 char", "2 chars", "3-4 chars", "5+ chars" };
            for (int i = 0; i < lengths.length; i++) {
                out.printf("  %-10s      %s%n", lengths[i], byLength[i].summary());
            }
            Latencies ids = new Latencies();
            for (String text : typed.subList(WARM_UP, Math.min(typed.size(), WARM_UP + 500))) {
                long t = System.nanoTime();
                search.ids(text, 100_000);
                ids.add(System.nanoTime() - t);
            }
            out.printf("Ids (<= 100,000): %s%n", ids.summary());

            SegmentService segments = standalone.segments();
            countSegment(segments, "age 25-40, income >= B, Mastodon >= 1,000 followers", SegmentCriteria.parse(EXAMPLE), out);
            countSegment(segments, "age 25-40", SegmentCriteria.parse("rapport-segment 1\nage 25..40"), out);
            countSegment(segments, "tags any vip", SegmentCriteria.parse("rapport-segment 1\ntags any vip"), out);
            System.gc();
            out.printf("Heap in use after the run: %,d MB%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        }
    }

    /** Waits until the index is ready, as the search box's status line shows it. */
    private static ContactSearch awaitIndexed(ContactSearch search) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(INDEX_WAIT_MILLIS);
        while (search.status().state() != State.READY && search.status().state() != State.FAILED
                && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        if (search.status().state() != State.READY) {
            throw new IllegalStateException("The search index did not get ready: " + search.status().message());
        }
        return search;
    }

    private static void measure(ContactSearch search, List<String> texts, Latencies latencies) {
        for (String text : texts) {
            long t = System.nanoTime();
            search.search(text, ContactSearch.DEFAULT_LIMIT);
            latencies.add(System.nanoTime() - t);
        }
    }

    private static void countSegment(SegmentService segments, String label, SegmentCriteria criteria, PrintStream out) {
        List<String> runs = new ArrayList<>();
        Latencies latencies = new Latencies();
        int members = 0;
        for (int run = 0; run < 5; run++) {
            long t = System.nanoTime();
            members = segments.count(criteria);
            long took = System.nanoTime() - t;
            latencies.add(took);
            runs.add(String.format("%.2f", took / 1e9));
        }
        out.printf("Segment count:    %s: %,d people; 5 runs %s s, median %.2f s%n", label, members, String.join(" / ", runs),
                latencies.percentileMillis(50) / 1000);
    }

    /**
     * What people type into a search field, from real rows: a whole name letter by letter, a last name, the start of
     * an email, the start of an organization; shuffled with a fixed seed.
     */
    private static List<String> typedPrefixes(ContactService contacts, int count) {
        long[] ids = contacts.ids(ContactQuery.ALL);
        Random random = new Random(42);
        List<String> typed = new ArrayList<>();
        while (typed.size() < count) {
            long[] sample = new long[200];
            for (int i = 0; i < sample.length; i++) {
                sample[i] = ids[random.nextInt(ids.length)];
            }
            for (PersonRow row : contacts.rows(sample)) {
                prefixes(typed, (row.firstName() + " " + row.lastName()).toLowerCase(Locale.ROOT), 1);
                prefixes(typed, row.lastName().toLowerCase(Locale.ROOT), 2);
                String email = row.primaryEmail();
                prefixes(typed, email.substring(0, Math.min(email.length(), 8)), 3);
                String organization = row.organization().toLowerCase(Locale.ROOT);
                prefixes(typed, organization.substring(0, Math.min(organization.length(), 10)), 3);
            }
        }
        Collections.shuffle(typed, random);
        return typed.subList(0, count);
    }

    private static void prefixes(List<String> typed, String text, int from) {
        for (int length = from; length <= text.length(); length++) {
            String prefix = text.substring(0, length);
            if (!prefix.isBlank() && !prefix.endsWith(" ")) {
                typed.add(prefix);
            }
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
