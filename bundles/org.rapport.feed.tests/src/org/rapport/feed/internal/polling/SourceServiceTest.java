package org.rapport.feed.internal.polling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.feed.FeedSource;
import org.rapport.feed.FeedTopics;
import org.rapport.feed.ImportSummary;
import org.rapport.feed.PollSummary;
import org.rapport.feed.PostQuery;
import org.rapport.feed.internal.OpsFixture;
import org.rapport.feed.sources.FeedException;
import org.rapport.feed.sources.FeedException.Kind;
import org.rapport.feed.sources.FeedHttp;
import org.rapport.feed.sources.FetchResult;

/**
 * Sources, their polls and their state on a real database, with a scripted source type: what the Sources view and
 * {@code rapport-cli feed sources} show after successes, failures, rate limits, an offline network, and types that
 * throw or hang.
 */
class SourceServiceTest {

    private static final Instant NOW = OpsFixture.NOW;
    private static final FeedHttp NO_HTTP = (uri, etag, lastModified, accept) -> {
        throw new FeedException(Kind.NETWORK, "no network in this test");
    };

    @TempDir
    Path temp;
    private OpsFixture fixture;
    private final ScriptedTypes types = new ScriptedTypes();
    private JpaSourceService sources;

    @BeforeEach
    void open() {
        fixture = new OpsFixture(temp.resolve("workspace"), null);
        sources = new JpaSourceService(fixture.unit, fixture.events, types, fixture.feed, NO_HTTP, fixture.clock,
                Duration.ofSeconds(1));
    }

    @AfterEach
    void close() {
        sources.stop();
        fixture.close();
    }

    @Test
    void addRecognisesALocationOnceAndSaysWhatFormsAreUnderstood() {
        FeedSource added = sources.add("  script:acme ");

        assertEquals("script", added.typeId());
        assertEquals("script:acme", added.location());
        assertEquals("Script acme", added.name());
        assertEquals(Duration.ofMinutes(15), added.interval());
        assertEquals(NOW, added.nextPoll(), "a new source is due at once");
        assertTrue(added.typeAvailable());
        assertEquals(added.id(), sources.add("script:acme").id(), "adding it again returns the one there is");
        assertEquals(1, sources.sources().size());
        assertEquals(1, fixture.posted(FeedTopics.SOURCES_CHANGED).size());

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> sources.add("gopher://x"));
        assertEquals("No installed source type reads 'gopher://x'; understood: Scripted source (script:name).",
                refused.getMessage());
    }

    @Test
    void aSuccessfulPollStoresThePostsAndGivesTheValidatorsAndCursorToTheNextPoll() {
        long id = sources.add("script:acme").id();
        types.scripts.put("script:acme", (state, context) -> state.etag() == null
                ? ScriptedTypes.posts("\"v1\"", "42", ScriptedTypes.post("1", "ann", "great product", NOW),
                        ScriptedTypes.post("2", "bob", "terrible support", NOW))
                : FetchResult.notModified(state));

        PollSummary first = sources.poll(id, new NullProgressMonitor());

        assertNull(first.error());
        assertEquals(2, first.imported().created());
        assertEquals(1, first.imported().negative());
        FeedSource after = first.source();
        assertEquals(NOW, after.lastPoll());
        assertEquals(NOW, after.lastSuccess());
        assertEquals(NOW.plus(Duration.ofMinutes(15)), after.nextPoll());
        assertEquals(2, after.postCount());
        assertEquals(2, fixture.feed.count(new PostQuery(id, null, null, null, false, false, null, null)));

        fixture.clock.advanceMinutes(15);
        PollSummary second = sources.poll(id, new NullProgressMonitor());

        assertTrue(second.notModified());
        assertNull(second.imported());
        assertEquals("\"v1\"", types.seen.get(1).etag());
        assertEquals("42", types.seen.get(1).cursor());
        assertEquals(NOW.plus(Duration.ofMinutes(30)), second.source().nextPoll());
    }

    @Test
    void failuresBackOffExponentiallyUpToSixHoursKeepTheValidatorsAndASuccessResetsThem() {
        long id = sources.add("script:flaky").id();
        types.scripts.put("script:flaky", (state, context) -> ScriptedTypes.posts("\"v1\"", "c1"));
        sources.poll(id, new NullProgressMonitor());
        types.scripts.put("script:flaky", (state, context) -> {
            throw new FeedException(Kind.HTTP_STATUS, "flaky.example answered 500 Internal Server Error");
        });

        long[] expectedMinutes = { 30, 60, 120, 240, 360, 360 };
        for (int failure = 1; failure <= expectedMinutes.length; failure++) {
            FeedSource source = sources.poll(id, new NullProgressMonitor()).source();
            assertEquals(failure, source.failures());
            assertEquals("flaky.example answered 500 Internal Server Error", source.lastError());
            assertEquals(fixture.clock.instant().plus(Duration.ofMinutes(expectedMinutes[failure - 1])), source.nextPoll(),
                    "after failure " + failure);
            assertEquals(NOW, source.lastSuccess(), "the last success stays");
        }

        types.scripts.put("script:flaky", (state, context) -> FetchResult.notModified(state));
        FeedSource recovered = sources.poll(id, new NullProgressMonitor()).source();

        assertEquals("\"v1\"", types.seen.get(types.seen.size() - 1).etag(), "the validators survived the failures");
        assertEquals(0, recovered.failures());
        assertNull(recovered.lastError());
        assertEquals(NOW.plus(Duration.ofMinutes(15)), recovered.nextPoll());
    }

    @Test
    void retryAfterIsHonouredAndAnOfflineNetworkIsRetriedAfterOneInterval() {
        long limited = sources.add("script:busy").id();
        long offline = sources.add("script:far").id();
        types.scripts.put("script:busy", (state, context) -> {
            throw new FeedException(Kind.RATE_LIMITED, "busy.example asks to slow down (429)", Duration.ofHours(3), null);
        });
        types.scripts.put("script:far", (state, context) -> {
            throw new FeedException(Kind.NETWORK, "far.example cannot be reached: the network is down");
        });

        assertEquals(NOW.plus(Duration.ofHours(3)), sources.poll(limited, new NullProgressMonitor()).source().nextPoll());
        for (int i = 1; i <= 4; i++) {
            FeedSource source = sources.poll(offline, new NullProgressMonitor()).source();
            assertEquals(i, source.failures());
            assertEquals(NOW.plus(Duration.ofMinutes(15)), source.nextPoll(), "offline: no growing back-off");
        }
    }

    @Test
    void aTypeThatThrowsOrHangsOnlyAffectsItsOwnSource() {
        long broken = sources.add("script:broken").id();
        long hanging = sources.add("script:hanging").id();
        long good = sources.add("script:good").id();
        CountDownLatch never = new CountDownLatch(1);
        types.scripts.put("script:broken", (state, context) -> {
            throw new IllegalStateException("bug in a plugin");
        });
        types.scripts.put("script:hanging", (state, context) -> {
            try {
                never.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ScriptedTypes.posts(null, null, ScriptedTypes.post("late", "x", "too late", NOW));
        });
        types.scripts.put("script:good", (state, context) -> ScriptedTypes.posts(null, null,
                ScriptedTypes.post("g1", "ann", "fine", NOW)));

        long started = System.nanoTime();
        List<PollSummary> polls = sources.pollAll(new NullProgressMonitor());
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

        assertEquals(3, polls.size());
        assertTrue(seconds < 10, "the hanging type was given up after its time-out, not waited for: " + seconds + " s");
        assertEquals("Its source type 'script' failed: java.lang.IllegalStateException: bug in a plugin",
                sources.source(broken).orElseThrow().lastError());
        assertEquals("No answer within 1 s; it is tried again later.", sources.source(hanging).orElseThrow().lastError());
        FeedSource fine = sources.source(good).orElseThrow();
        assertNull(fine.lastError());
        assertEquals(1, fine.postCount());
        assertEquals(0, fixture.feed.count(new PostQuery(hanging, null, null, null, false, false, null, null)));
    }

    @Test
    void pausingClearsTheNextPollResumingMakesItDueAndRemovingKeepsThePosts() {
        long id = sources.add("script:acme").id();
        types.scripts.put("script:acme", (state, context) -> ScriptedTypes.posts(null, null,
                ScriptedTypes.post("1", "ann", "hello", NOW)));
        sources.poll(id, new NullProgressMonitor());

        FeedSource paused = sources.update(id, "Acme news", Duration.ofMinutes(30), true);
        assertTrue(paused.paused());
        assertNull(paused.nextPoll());
        assertEquals("Acme news", paused.name());
        assertTrue(sources.pollAll(new NullProgressMonitor()).isEmpty(), "a paused source is not polled");

        fixture.clock.advanceMinutes(5);
        FeedSource resumed = sources.update(id, "Acme news", Duration.ofMinutes(30), false);
        assertEquals(fixture.clock.instant(), resumed.nextPoll());
        assertThrows(IllegalArgumentException.class, () -> sources.update(id, " ", Duration.ofMinutes(30), false));

        sources.remove(id);
        assertTrue(sources.sources().isEmpty());
        assertEquals(1, fixture.feed.count(PostQuery.ALL), "its posts stay");
    }

    @Test
    void importOnceDetectsTheTypeStoresUnderNoSourceAndReportsRejectedLines() throws Exception {
        Path file = temp.resolve("export.script");
        Files.writeString(file, "1|ann|I love it|2026-01-05T10:00:00Z\nbroken line\n2|bob|broken again|2026-01-05T11:00:00Z",
                StandardCharsets.UTF_8);

        ImportSummary summary = sources.importOnce(file.toString(), null, new NullProgressMonitor());

        assertEquals(2, summary.created());
        assertEquals(1, summary.negative());
        assertEquals(List.of(file + ", line 2: expected id|author|text|published"),
                summary.problems().stream().map(Object::toString).toList());
        assertEquals(2, fixture.feed.count(new PostQuery(0L, null, null, null, false, false, null, null)));
        assertEquals(2, sources.importOnce(file.toString(), "script", new NullProgressMonitor()).alreadyStored());
    }

    @Test
    void importOnceRefusesWhatItCannotReadNamingTheInputAndWhy() throws Exception {
        Path missing = temp.resolve("missing.json");
        Path unknown = Files.writeString(temp.resolve("notes.txt"), "just text");
        Path empty = Files.writeString(temp.resolve("empty.script"), "");

        assertEquals(missing + " does not exist.", assertThrows(FeedException.class,
                () -> sources.importOnce(missing.toString(), null, new NullProgressMonitor())).getMessage());
        assertEquals(unknown + " is not a feed or export Rapport recognises (Scripted source); if it is one, name its type.",
                assertThrows(FeedException.class, () -> sources.importOnce(unknown.toString(), null,
                        new NullProgressMonitor())).getMessage());
        assertEquals(unknown + " cannot be read as 'atom': no such source type is installed; installed: script",
                assertThrows(FeedException.class, () -> sources.importOnce(unknown.toString(), "atom",
                        new NullProgressMonitor())).getMessage());
        assertEquals(empty + " is empty", assertThrows(FeedException.class,
                () -> sources.importOnce(empty.toString(), null, new NullProgressMonitor())).getMessage());
        assertEquals(0, fixture.feed.count(PostQuery.ALL), "nothing was stored");
    }
}
