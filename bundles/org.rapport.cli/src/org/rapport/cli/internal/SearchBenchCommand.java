package org.rapport.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.rapport.contacts.ContactQuery;
import org.rapport.contacts.PersonRow;
import org.rapport.contacts.internal.ContactEvents;
import org.rapport.contacts.internal.ContactsUnit;
import org.rapport.contacts.internal.JpaContactService;
import org.rapport.contacts.internal.JpaSegmentService;
import org.rapport.contacts.internal.LuceneContactSearch;
import org.rapport.contacts.internal.SyntheticPeople;
import org.rapport.contacts.search.ContactSearch;
import org.rapport.contacts.segments.SegmentCriteria;
import org.rapport.persistence.StandaloneDatabase;

/**
 * {@code bench search}: writes N synthetic people into a database of its own, then measures the search index build,
 * search latency over prefixes typed the way people type (a name letter by letter, a last name, the start of an email
 * or an organization), and the live count of a segment. Prints figures; asserts nothing.
 */
final class SearchBenchCommand implements Command {

    private static final int DEFAULT_PEOPLE = 1_000_000;
    private static final int DEFAULT_QUERIES = 5_000;
    private static final int WARM_UP = 500;
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
        int people = DEFAULT_PEOPLE;
        int queries = DEFAULT_QUERIES;
        Path dir = null;
        List<String> rest = args.isEmpty() || !args.get(0).equals("search") ? args : args.subList(1, args.size());
        for (int i = 0; i < rest.size(); i++) {
            String option = rest.get(i);
            if (i + 1 >= rest.size()) {
                throw new UsageException("'" + option + "' needs a value");
            }
            String value = rest.get(++i);
            switch (option) {
                case "--people" -> people = number(option, value);
                case "--queries" -> queries = number(option, value);
                case "--dir" -> dir = Path.of(value);
                default -> throw new UsageException("unknown option '" + option + "'");
            }
        }
        boolean temporary = dir == null;
        try {
            Path folder = temporary ? Files.createTempDirectory("rapport-bench-search") : Files.createDirectories(dir);
            try {
                bench(folder, people, queries, context);
            } finally {
                if (temporary) {
                    delete(folder);
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

    private static void bench(Path folder, int people, int queries, CliContext context) throws IOException, InterruptedException {
        var out = context.out();
        Runtime runtime = Runtime.getRuntime();
        out.printf("Rapport search benchmark: %,d people, Java %s, %d processors, max heap %,d MB, in %s%n", people,
                System.getProperty("java.version"), runtime.availableProcessors(), runtime.maxMemory() >> 20, folder);
        try (StandaloneDatabase database = StandaloneDatabase.embeddedIn(folder)) {
            ContactsUnit unit = new ContactsUnit(database);
            ContactEvents events = new ContactEvents();
            JpaContactService contacts = new JpaContactService(unit, events);
            int existing = contacts.count(ContactQuery.ALL);
            if (existing == 0) {
                long start = System.nanoTime();
                new SyntheticPeople(20261123).insert(unit, people, null);
                double seconds = seconds(start);
                out.printf("People written:   %,d in %.1f s (%,.0f people/s; batched JDBC, synthetic)%n", people, seconds,
                        people / seconds);
            } else if (existing != people) {
                throw new IllegalStateException(folder + " holds " + existing + " people; use an empty folder or --people "
                        + existing);
            } else {
                out.printf("People reused:    %,d from %s%n", existing, folder);
            }

            Path index = folder.resolve("search-index");
            delete(index);
            long start = System.nanoTime();
            LuceneContactSearch search = new LuceneContactSearch(unit, events, contacts, index);
            awaitIndexed(search);
            double build = seconds(start);
            out.printf("Index build:      %,d people in %.1f s (%,.0f people/s), %,d MB on disk; %s%n", people, build,
                    people / build, size(index) >> 20, search.status().message());
            search.stop();
            start = System.nanoTime();
            search = new LuceneContactSearch(unit, events, contacts, index);
            awaitIndexed(search);
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
            search.stop();

            JpaSegmentService segments = new JpaSegmentService(unit, contacts);
            countSegment(segments, "age 25-40, income >= B, Mastodon >= 1,000 followers", SegmentCriteria.parse(EXAMPLE), out);
            countSegment(segments, "age 25-40", SegmentCriteria.parse("rapport-segment 1\nage 25..40"), out);
            countSegment(segments, "tags any vip", SegmentCriteria.parse("rapport-segment 1\ntags any vip"), out);
            System.gc();
            out.printf("Heap in use after the run: %,d MB%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        }
    }

    private static void awaitIndexed(LuceneContactSearch search) throws InterruptedException {
        if (!search.awaitIndexed(java.util.concurrent.TimeUnit.HOURS.toMillis(2)) || !search.status().usable()) {
            throw new IllegalStateException("The search index did not get ready: " + search.status().message());
        }
    }

    private static void measure(ContactSearch search, List<String> texts, Latencies latencies) {
        for (String text : texts) {
            long t = System.nanoTime();
            search.search(text, ContactSearch.DEFAULT_LIMIT);
            latencies.add(System.nanoTime() - t);
        }
    }

    private static void countSegment(JpaSegmentService segments, String label, SegmentCriteria criteria,
            java.io.PrintStream out) {
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
    private static List<String> typedPrefixes(JpaContactService contacts, int count) {
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

    private static int number(String option, String value) throws UsageException {
        try {
            int n = Integer.parseInt(value.replace(",", "").replace("_", ""));
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a positive whole number, not '" + value + "'");
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
