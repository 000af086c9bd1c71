package org.rapport.feed.internal.polling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.prefs.BackingStoreException;
import org.rapport.feed.internal.FeedEvents;
import org.rapport.feed.internal.FeedUnit;
import org.rapport.feed.internal.JpaFeedService;
import org.rapport.feed.internal.OpsFixture;
import org.rapport.feed.internal.http.JdkFeedHttp;
import org.rapport.feed.internal.http.LoopbackServer;
import org.rapport.feed.internal.sources.rss.RssSourceType;
import org.rapport.feed.sources.SourceState;
import org.rapport.persistence.StandaloneDatabase;
import org.rapport.testing.TestDatabases;

/**
 * Two Rapports of a team polling the same sources on one database (on PostgreSQL two processes' worth of database
 * services, each with its own connections and cache; on Derby two schedules sharing the embedded database): each due
 * source is fetched from its (slow, counting) feed server once, not once per Rapport, and a source claimed by a
 * Rapport that then died is polled by the other once the claim's lease has run out.
 */
class SharedServerPollingTest {

    /** Long enough that both schedules see a source due before either has recorded its poll. */
    private static final long SLOW_FEED_MILLIS = 1_000;

    @TempDir
    Path temp;
    private LoopbackServer server;
    private JdkFeedHttp http;
    private final ScriptedTypes types = new ScriptedTypes();
    private final RssSourceType rss = new RssSourceType();
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private StandaloneDatabase sharedDerby;

    /** One Rapport on the database: its unit, feed, sources and (once started) automatic polling. */
    private final class Rapport {
        final FeedUnit unit;
        final JpaSourceService sources;
        final IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode("org.rapport.feed.tests." + UUID.randomUUID());
        final IEclipsePreferences defaults = InstanceScope.INSTANCE.getNode("org.rapport.feed.tests." + UUID.randomUUID());
        AutomaticPolling polling;

        Rapport(StandaloneDatabase database) {
            unit = new FeedUnit(database);
            FeedEvents events = new FeedEvents();
            JpaFeedService feed = new JpaFeedService(unit, events, OpsFixture.WORDS, null, Clock.systemUTC());
            sources = new JpaSourceService(unit, events, types, feed, http, Clock.systemUTC(), Duration.ofSeconds(10));
            toClose.add(() -> {
                if (polling != null) {
                    polling.stop();
                }
                sources.stop();
                removePreferences();
            });
        }

        SourceSchedule schedule(Duration lease, String name) {
            return new SourceSchedule(unit, lease, name);
        }

        void startPolling(String name) {
            polling = new AutomaticPolling(sources, new FeedEvents(), schedule(SourceSchedule.LEASE, name),
                    Clock.systemUTC(), prefs, defaults);
            polling.start();
        }

        private void removePreferences() throws BackingStoreException {
            prefs.removeNode();
            defaults.removeNode();
        }
    }

    @BeforeEach
    void feedServer() throws Exception {
        server = new LoopbackServer();
        http = new JdkFeedHttp();
        byte[] feed = LoopbackServer.data("rss2.xml");
        for (String name : List.of("one", "two", "three")) {
            server.route("/" + name + ".xml", exchange -> {
                sleep(SLOW_FEED_MILLIS);
                LoopbackServer.send(exchange, 200, "application/rss+xml", feed);
            });
            // a source type of a plugin's reading its RSS feed from the loopback server
            types.scripts.put("script:" + name, (state, context) -> rss.fetch(new SourceState(state.sourceId(),
                    server.uri("/" + name + ".xml").toString(), state.etag(), state.lastModified(), state.cursor()),
                    context));
        }
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : toClose.reversed()) {
            closeable.close();
        }
        http.close();
        server.close();
    }

    /** A Rapport of its own on the test database: on PostgreSQL a database service of its own on the same URL. */
    private Rapport rapport(String url, String name) {
        StandaloneDatabase database;
        if (url == null) {
            if (sharedDerby == null) {
                sharedDerby = StandaloneDatabase.embeddedIn(temp.resolve("workspace"));
                toClose.add(sharedDerby::close);
            }
            database = sharedDerby;
        } else {
            database = StandaloneDatabase.onServer(url, TestDatabases.user(), TestDatabases.password(), temp.resolve(name));
            toClose.add(database::close);
        }
        return new Rapport(database);
    }

    private static String testDatabase() {
        return TestDatabases.onServer() ? TestDatabases.createServerDatabase() : null;
    }

    @Test
    void eachDueSourceIsFetchedOnceThoughTwoRapportsPollIt() throws Exception {
        String url = testDatabase();
        Rapport anna = rapport(url, "anna");
        Rapport ben = rapport(url, "ben");
        List<Long> ids = List.of(anna.sources.add("script:one").id(), anna.sources.add("script:two").id(),
                anna.sources.add("script:three").id());

        anna.startPolling("anna");
        ben.startPolling("ben");

        assertTrue(waitFor(() -> server.requests().size() >= 3 && everyPollRecorded(anna.unit), 30_000),
                "the three due sources were polled: " + server.requests().size() + " requests");
        Thread.sleep(2 * SLOW_FEED_MILLIS); // time for a second fetch of any of them, were one under way
        for (String name : List.of("one", "two", "three")) {
            assertEquals(1, server.requests("/" + name + ".xml").size(), "feed " + name + " was fetched once, not once"
                    + " per Rapport");
        }
        Instant interval = Instant.now().plus(Duration.ofMinutes(14));
        for (long id : ids) {
            Object[] state = state(ben.unit, id);
            assertNull(state[0], "the claim ended with the poll");
            assertTrue(((Instant) state[1]).isAfter(interval), "next poll one interval later, as recorded by the poll");
        }
    }

    @Test
    void aSourceClaimedByARapportThatDiedIsPolledByAnotherWhenTheLeaseRunsOut() throws Exception {
        String url = testDatabase();
        Rapport anna = rapport(url, "anna");
        Rapport ben = rapport(url, "ben");
        long id = anna.sources.add("script:one").id();
        Duration lease = Duration.ofSeconds(4);

        // Anna's Rapport claims the due source and is killed before it fetches anything
        assertTrue(anna.schedule(lease, "anna").claim(id, Instant.now()), "the due source is claimed");
        assertEquals("anna", state(ben.unit, id)[0]);
        assertFalse(ben.schedule(SourceSchedule.LEASE, "ben").claim(id, Instant.now()),
                "a source claimed by another Rapport is not claimed again while the lease runs");
        Instant leaseEnds = Instant.now().plus(lease);
        ben.startPolling("ben");

        Thread.sleep(lease.toMillis() / 2);
        assertEquals(0, server.requests().size(), "nobody polls it while Anna's lease runs");
        assertTrue(waitFor(() -> server.requests().size() == 1 && everyPollRecorded(ben.unit), 20_000),
                "Ben's Rapport polled it once the lease had run out");
        assertFalse(Instant.now().isBefore(leaseEnds), "not before the lease ended");
        Object[] state = state(ben.unit, id);
        assertNull(state[0], "Ben's poll ended the claim");
        assertTrue(((Instant) state[1]).isAfter(Instant.now().plus(Duration.ofMinutes(14))), "next poll one interval on");
        assertEquals(rss.parse(LoopbackServer.data("rss2.xml"), "rss2.xml").posts().size(),
                ben.sources.source(id).orElseThrow().postCount(), "the feed's posts were stored");
    }

    /** Claimer and next poll of a source as the database has them (a projection: never a cached entity). */
    private static Object[] state(FeedUnit unit, long id) {
        Object[] row = unit.read(em -> em.createQuery("SELECT s.claimedBy, s.nextPoll FROM FeedSourceRow s"
                + " WHERE s.id = :id", Object[].class).setParameter("id", id).getSingleResult());
        if (row[1] instanceof java.sql.Timestamp t) {
            row[1] = t.toInstant();
        }
        return row;
    }

    /** Whether no source is claimed and every one has been polled. */
    private static boolean everyPollRecorded(FeedUnit unit) {
        long pending = unit.read(em -> em.createQuery("SELECT COUNT(s) FROM FeedSourceRow s"
                + " WHERE s.claimedBy IS NOT NULL OR s.lastSuccess IS NULL", Long.class).getSingleResult());
        return pending == 0;
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

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
