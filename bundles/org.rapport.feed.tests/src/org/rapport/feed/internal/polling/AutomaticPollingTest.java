package org.rapport.feed.internal.polling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.feed.FeedPolling;
import org.rapport.feed.FeedSource;
import org.rapport.feed.internal.OpsFixture;
import org.rapport.feed.sources.FeedException;
import org.rapport.feed.sources.FeedException.Kind;
import org.rapport.feed.sources.FeedHttp;

/**
 * Automatic polling in real Eclipse jobs on the system clock: due sources are polled by themselves, paused ones are
 * not, and the preference switches it off.
 */
class AutomaticPollingTest {

    private static final FeedHttp NO_HTTP = (uri, etag, lastModified, accept) -> {
        throw new FeedException(Kind.NETWORK, "no network in this test");
    };

    @TempDir
    Path temp;
    private OpsFixture fixture;
    private final ScriptedTypes types = new ScriptedTypes();
    private JpaSourceService sources;
    private AutomaticPolling polling;
    // nodes of their own, so that the test's preferences never reach the workspace's
    private final IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode("org.rapport.feed.tests." + UUID.randomUUID());
    private final IEclipsePreferences defaults = InstanceScope.INSTANCE.getNode("org.rapport.feed.tests." + UUID.randomUUID());

    @BeforeEach
    void open() {
        fixture = new OpsFixture(temp.resolve("workspace"), null);
        sources = new JpaSourceService(fixture.unit, fixture.events, types, fixture.feed, NO_HTTP, Clock.systemUTC(),
                Duration.ofSeconds(5));
        types.scripts.put("script:due", (state, context) -> ScriptedTypes.posts(null, null,
                ScriptedTypes.post("d1", "ann", "hello", Instant.now())));
        types.scripts.put("script:paused", (state, context) -> ScriptedTypes.posts(null, null,
                ScriptedTypes.post("p1", "bob", "hello", Instant.now())));
    }

    @AfterEach
    void close() throws Exception {
        if (polling != null) {
            polling.stop();
        }
        sources.stop();
        fixture.close();
        prefs.removeNode();
        defaults.removeNode();
    }

    private AutomaticPolling start() {
        polling = new AutomaticPolling(sources, fixture.events, new SourceSchedule(fixture.unit), Clock.systemUTC(), prefs,
                defaults);
        polling.start();
        return polling;
    }

    @Test
    void dueSourcesArePolledInJobsAndPausedOnesAreNot() throws Exception {
        long due = sources.add("script:due").id();
        FeedSource paused = sources.add("script:paused");
        sources.update(paused.id(), paused.name(), paused.interval(), true);

        start();

        assertTrue(waitFor(() -> sources.source(due).orElseThrow().lastSuccess() != null, 15_000),
                "the due source was polled by itself");
        FeedSource polled = sources.source(due).orElseThrow();
        assertEquals(1, polled.postCount());
        assertTrue(polled.nextPoll().isAfter(Instant.now().plus(Duration.ofMinutes(14))), "next in one interval");
        assertNotNull(polling.nextPoll().orElse(null));
        assertNull(sources.source(paused.id()).orElseThrow().lastPoll(), "the paused source was not polled");
        assertTrue(polling.isAutomatic());
    }

    @Test
    void thePreferenceSwitchesAutomaticPollingOff() throws Exception {
        prefs.putBoolean(FeedPolling.PREF_AUTOMATIC, false);
        long due = sources.add("script:due").id();

        start();

        assertFalse(polling.isAutomatic());
        assertTrue(polling.nextPoll().isEmpty());
        assertFalse(waitFor(() -> sources.source(due).orElseThrow().lastPoll() != null, 3_000),
                "nothing is polled while the preference says no");

        prefs.putBoolean(FeedPolling.PREF_AUTOMATIC, true);
        assertTrue(waitFor(() -> sources.source(due).orElseThrow().lastSuccess() != null, 15_000),
                "switching it on again polls what is due");
    }

    private static boolean waitFor(BooleanSupplier condition, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.getAsBoolean();
    }
}
