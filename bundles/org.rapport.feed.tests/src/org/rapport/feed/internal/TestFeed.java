package org.rapport.feed.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osgi.service.event.Event;
import org.rapport.core.people.PersonLookup;
import org.rapport.feed.internal.sentiment.SentimentScorer;
import org.rapport.feed.sources.AuthorIdentity;
import org.rapport.feed.sources.FetchedPost;
import org.rapport.persistence.StandaloneDatabase;
import org.rapport.testing.TestDatabases;

/**
 * The feed service on a real database of its own (embedded Derby in a test's temp folder, or a new database on the
 * test server), built the way DS builds it, with a word-list scorer (the real VADER scorer is tested on its own) and
 * the events it posted recorded. Close it at the end.
 */
final class TestFeed implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    /** "love"/"great" count +0.6 each, "terrible"/"broken"/"refund" -0.6 each, clamped to -1…1. */
    static final SentimentScorer WORDS = text -> {
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

    final StandaloneDatabase database;
    final FeedUnit unit;
    final FeedEvents events = new FeedEvents();
    final List<Event> posted = new ArrayList<>();
    final JpaFeedService feed;

    TestFeed(Path workspace, PersonLookup lookup) {
        database = TestDatabases.create(workspace);
        unit = new FeedUnit(database);
        events.addListener(posted::add);
        feed = new JpaFeedService(unit, events, WORDS, lookup, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static AuthorIdentity mastodon(String handle, String name) {
        return new AuthorIdentity("mastodon", handle, name, null, null, "https://" + handle.substring(handle.indexOf('@')
                + 1) + "/@" + handle.substring(0, handle.indexOf('@')), 10);
    }

    /** A Mastodon status by {@code author}, {@code minutes} before {@link #NOW}. */
    static FetchedPost status(String id, AuthorIdentity author, String text, int minutes) {
        return reply(id, author, text, minutes, null, null);
    }

    static FetchedPost reply(String id, AuthorIdentity author, String text, int minutes, String inReplyTo, String root) {
        return new FetchedPost("https://mastodon.example/statuses/" + id, "mastodon", author, text,
                NOW.minusSeconds(60L * minutes), "https://mastodon.example/@x/" + id, "en",
                inReplyTo == null ? null : "https://mastodon.example/statuses/" + inReplyTo,
                root == null ? null : "https://mastodon.example/statuses/" + root, List.of(), List.of("rapport"), 1, 2, 3,
                null, "{\"id\":\"" + id + "\"}");
    }

    @Override
    public void close() {
        database.close();
    }
}
