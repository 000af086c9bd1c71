package org.rapport.feed.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.contacts.ContactService;
import org.rapport.core.people.PersonLookup;
import org.rapport.feed.internal.registry.SourceTypeRegistry;
import org.rapport.feed.internal.sentiment.SentimentScorer;
import org.rapport.feed.sources.AuthorIdentity;
import org.rapport.feed.sources.FetchedPost;
import org.rapport.feed.sources.ParseResult;
import org.rapport.testing.Osgi;

/**
 * How many posts per second an import of export files reads, matches and scores, with the real parts from DS: the
 * source types' {@code parse} (from the source type registry), the person matcher over the contacts domain's person
 * lookup (2,000 contacts created through the contacts API, one author in ten), and the VADER scorer. 100,000 posts in
 * ten files of 10,000 (four Mastodon status arrays, three Bluesky author feeds, two RSS 2.0 and one Atom feed) from
 * 20,000 authors. Matching asks what {@code FeedService.store} asks: one matcher a file (a store call), one batch of
 * lookups a chunk for the identities not seen before (an identity stored earlier keeps its answer for a day); scoring
 * runs as the store scores, a chunk at a time on every core. Storing is {@code bench feed}'s figure. Prints the figures
 * and the peak heap; asserts only that every post was read and the contacts' posts matched. Run with
 * {@code -Dtest=IngestBenchmark -Drapport.bench=true -Drapport.test.vmargs=-Xmx512m}.
 */
class IngestBenchmark {

    private static final int PER_FILE = 10_000;

    @TempDir
    Path dir;

    private final Map<String, Boolean> identities = new HashMap<>();
    private final Map<String, long[]> parseByType = new TreeMap<>();
    private SourceTypeRegistry registry;
    private PersonLookup lookup;
    private SentimentScorer scorer;
    private long parseNanos;
    private long matchNanos;
    private long scoreNanos;
    private int posts;
    private int matched;
    private int lookups;

    @Test
    void parseMatchAndScoreExportFiles() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("rapport.bench"), "benchmark: run with -Drapport.bench=true");
        Osgi.demoDataLoaded();
        registry = Osgi.service(SourceTypeRegistry.class);
        lookup = Osgi.service(PersonLookup.class);
        scorer = Osgi.service(SentimentScorer.class);
        long start = System.nanoTime();
        int contacts = IngestFiles.createContacts(Osgi.service(ContactService.class));
        boolean indexed = false;
        for (int wait = 0; wait < 10 && !indexed; wait++) {
            indexed = Osgi.eventually(() -> IngestFiles.contactsFound(lookup));
        }
        assertTrue(indexed, "the contacts' search index has the new contacts");
        double contactSeconds = (System.nanoTime() - start) / 1e9;

        List<IngestFiles.File> warmUp = new IngestFiles(2_000, 1_000_000).write(dir.resolve("warm-up"), 1, 1, 1, 1);
        List<IngestFiles.File> files = new IngestFiles(PER_FILE, 0).write(dir.resolve("exports"), 4, 3, 2, 1);
        for (IngestFiles.File file : warmUp) { // the JIT compiles parsers, matcher and scorer; authors nobody knows
            ingest(file);
        }
        clear();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long wall = System.nanoTime();
        for (IngestFiles.File file : files) {
            ingest(file);
        }
        wall = System.nanoTime() - wall;

        int expectedPosts = files.stream().mapToInt(IngestFiles.File::posts).sum();
        int byContacts = files.stream().mapToInt(IngestFiles.File::postsByContacts).sum();
        long bytes = 0;
        for (IngestFiles.File file : files) {
            bytes += Files.size(file.path());
        }
        System.out.printf(Locale.ROOT, "Ingest from files: %,d posts in %d files (%,d MB), %,d identities, %,d "
                + "contacts made in %.1f s%n", posts, files.size(), bytes >> 20, identities.size(),
                contacts, contactSeconds);
        parseByType.forEach((type, f) -> System.out.printf(Locale.ROOT, "  parse %-9s %,9.0f posts/s (%,d posts)%n",
                type, rate(f[1], f[0]), f[1]));
        System.out.printf(Locale.ROOT, "  parse     all %,9.0f posts/s%n", rate(posts, parseNanos));
        System.out.printf(Locale.ROOT, "  match         %,9.0f posts/s (%,d lookups, %,d posts by contacts)%n",
                rate(posts, matchNanos), lookups, matched);
        System.out.printf(Locale.ROOT, "  sentiment     %,9.0f posts/s (on %d cores)%n", rate(posts, scoreNanos),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "  parse + match + sentiment %,9.0f posts/s (%.1f s wall)%n",
                rate(posts, parseNanos + matchNanos + scoreNanos), wall / 1e9);
        System.out.printf(Locale.ROOT, "  heap: peak %,d MB used (sum of the pools' peaks, an upper bound) of %,d MB "
                + "max; load average %.2f%n",
                peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        assertEquals(expectedPosts, posts, "every generated post is read");
        assertEquals(byContacts, matched, "the posts of contacts are matched to them, and only those");
    }

    /** Parses, matches and scores one file, as an import of it does before storing. */
    private void ingest(IngestFiles.File file) throws Exception {
        long t0 = System.nanoTime();
        ParseResult parsed = registry.type(file.type()).orElseThrow().parse(Files.readAllBytes(file.path()),
                file.path().getFileName().toString());
        long t1 = System.nanoTime();
        PersonMatcher matcher = new PersonMatcher(lookup); // one a store call, as JpaFeedService.store makes it
        List<FetchedPost> all = parsed.posts();
        for (int from = 0; from < all.size(); from += PostIngest.CHUNK) { // IdentityBook.load: a batch a chunk
            List<FetchedPost> chunk = all.subList(from, Math.min(all.size(), from + PostIngest.CHUNK));
            List<PersonMatcher.Identity> unknown = new ArrayList<>();
            for (FetchedPost post : chunk) {
                unknown(post.author(), unknown);
                post.mentions().forEach(mention -> unknown(mention, unknown));
            }
            matcher.prefetch(unknown);
            for (FetchedPost post : chunk) {
                if (match(matcher, post.author())) {
                    matched++;
                }
                for (AuthorIdentity mention : post.mentions()) {
                    match(matcher, mention);
                }
            }
        }
        long t2 = System.nanoTime();
        List<FetchedPost> read = parsed.posts();
        double[] scores = new double[read.size()];
        for (int from = 0; from < read.size(); from += PostIngest.CHUNK) { // PostIngest.score: a chunk at a time
            IntStream.range(from, Math.min(read.size(), from + PostIngest.CHUNK)).parallel()
                    .forEach(i -> scores[i] = scorer.score(read.get(i).text()));
        }
        long t3 = System.nanoTime();
        assertEquals(List.of(), parsed.problems(), file.path() + " is read without problems");
        parseNanos += t1 - t0;
        matchNanos += t2 - t1;
        scoreNanos += t3 - t2;
        posts += read.size();
        long[] byType = parseByType.computeIfAbsent(file.path().getFileName().toString().replaceAll("-.*", ""),
                t -> new long[2]);
        byType[0] += t1 - t0;
        byType[1] += read.size();
    }

    /** Adds the identity to what IdentityBook.load asks about in one batch if it was not stored before. */
    private void unknown(AuthorIdentity identity, List<PersonMatcher.Identity> unknown) {
        String handle = IdentityBook.handle(identity);
        if (!identities.containsKey(identity.network() + ':' + handle)) {
            unknown.add(new PersonMatcher.Identity(identity.network(), handle, identity.email()));
        }
    }

    /**
     * What IdentityBook.upsert asks: a new identity is looked up under its stored handle and the email the feed gave;
     * one stored before keeps its answer (unmatched ones are asked again after a day, or by rematch).
     */
    private boolean match(PersonMatcher matcher, AuthorIdentity identity) {
        String handle = IdentityBook.handle(identity);
        String key = identity.network() + ':' + handle;
        Boolean known = identities.get(key);
        if (known == null) {
            known = matcher.match(identity.network(), handle, identity.email()).isPresent();
            identities.put(key, known);
            lookups++;
        }
        return known;
    }

    private void clear() {
        identities.clear();
        parseByType.clear();
        parseNanos = matchNanos = scoreNanos = 0;
        posts = matched = lookups = 0;
    }

    private static double rate(long count, long nanos) {
        return count * 1e9 / nanos;
    }

    /** The most heap used since the peaks were reset (sum of the heap pools' peaks: an upper bound). */
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
