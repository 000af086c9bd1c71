package org.rapport.feed.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.event.Event;
import org.rapport.core.people.PersonLookup;
import org.rapport.feed.internal.sentiment.SentimentScorer;
import org.rapport.persistence.StandaloneDatabase;
import org.rapport.testing.TestDatabases;

/**
 * The stored feed (the real feed service on a database of its own: embedded Derby in a test's temp folder, or a new
 * database on the test server) for the tests of sources, polling and watches: a word-list scorer, a clock the test
 * moves, the events posted recorded. Close it at the end.
 */
public final class OpsFixture implements AutoCloseable {

    /** "now" when a test starts. */
    public static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    /** "love"/"great" +0.6 each, "terrible"/"broken"/"refund" -0.6 each, clamped to -1…1. */
    public static final SentimentScorer WORDS = text -> {
        double score = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("\\W+")) {
            switch (word) {
                case "love", "great" -> score += 0.6;
                case "terrible", "broken", "refund" -> score -= 0.6;
                default -> { }
            }
        }
        return Math.max(-1, Math.min(1, score));
    };

    public final StandaloneDatabase database;
    public final FeedUnit unit;
    public final FeedEvents events = new FeedEvents();
    public final List<Event> posted = new CopyOnWriteArrayList<>();
    public final MovableClock clock = new MovableClock(NOW);
    public final JpaFeedService feed;

    public OpsFixture(Path workspace, PersonLookup lookup) {
        database = TestDatabases.create(workspace);
        unit = new FeedUnit(database);
        events.addListener(posted::add);
        feed = new JpaFeedService(unit, events, WORDS, lookup, clock);
    }

    /** Tells the listener about every post stored from now on, as DS does for a {@link NewPostsListener} service. */
    public void listen(NewPostsListener listener) {
        feed.addNewPostsListener(listener);
    }

    /** The events posted on a topic. */
    public List<Event> posted(String topic) {
        return posted.stream().filter(e -> e.getTopic().equals(topic)).toList();
    }

    @Override
    public void close() {
        database.close();
    }

    /** A clock the test sets or moves forward. */
    public static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        public void set(Instant instant) {
            now = instant;
        }

        public void advanceMinutes(long minutes) {
            now = now.plusSeconds(60 * minutes);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
