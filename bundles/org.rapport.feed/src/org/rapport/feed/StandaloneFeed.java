package org.rapport.feed;

import java.nio.file.Path;
import java.time.Clock;

import org.rapport.core.people.PersonLookup;
import org.rapport.feed.internal.FeedEvents;
import org.rapport.feed.internal.FeedUnit;
import org.rapport.feed.internal.JpaFeedService;
import org.rapport.feed.internal.sentiment.VaderSentimentScorer;
import org.rapport.persistence.StandaloneDatabase;

/**
 * The feed service on a database of its own, outside OSGi: for benchmarks, tools and tests that need a fresh feed
 * database in a folder of their choice. It is built exactly as Declarative Services builds it in the product (VADER
 * sentiment, matching through the person lookup given), only without EventAdmin. {@link #close()} closes the database.
 */
public final class StandaloneFeed implements AutoCloseable {

    private final StandaloneDatabase database;
    private final FeedService feed;

    private StandaloneFeed(StandaloneDatabase database, PersonLookup lookup) {
        this.database = database;
        this.feed = new JpaFeedService(new FeedUnit(database), new FeedEvents(), new VaderSentimentScorer(), lookup,
                Clock.systemUTC());
    }

    /**
     * The feed of an embedded Derby database in {@code workspace/db} (created if needed).
     *
     * @param lookup finds the contacts authors are matched to, or {@code null} to match nobody
     */
    public static StandaloneFeed openIn(Path workspace, PersonLookup lookup) {
        return on(StandaloneDatabase.embeddedIn(workspace), lookup);
    }

    /**
     * The feed of a database opened by the caller (embedded Derby or a server database), which this takes over:
     * {@link #close()} closes it.
     *
     * @param lookup finds the contacts authors are matched to, or {@code null} to match nobody
     */
    public static StandaloneFeed on(StandaloneDatabase database, PersonLookup lookup) {
        return new StandaloneFeed(database, lookup);
    }

    /** The database itself (information, backup). */
    public StandaloneDatabase database() {
        return database;
    }

    /** The stored posts. */
    public FeedService feed() {
        return feed;
    }

    /** Closes the database. */
    @Override
    public void close() {
        database.close();
    }
}
