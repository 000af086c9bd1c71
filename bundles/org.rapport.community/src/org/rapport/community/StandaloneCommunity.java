package org.rapport.community;

import java.nio.file.Path;

import org.rapport.community.internal.CommunityParts;
import org.rapport.persistence.StandaloneDatabase;

/**
 * The community services on a database of their own, outside OSGi: for benchmarks, tools and tests that need a fresh
 * community database in a folder of their choice. They are built exactly as Declarative Services builds them in the
 * product, only without EventAdmin, contacts and the social feed. {@link #close()} closes the database.
 */
public final class StandaloneCommunity implements AutoCloseable {

    private final StandaloneDatabase database;
    private final CommunityParts parts;

    private StandaloneCommunity(StandaloneDatabase database) {
        this.database = database;
        this.parts = new CommunityParts(database);
    }

    /** The community of an embedded Derby database in {@code workspace/db} (created if needed). */
    public static StandaloneCommunity openIn(Path workspace) {
        return on(StandaloneDatabase.embeddedIn(workspace));
    }

    /**
     * The community of a database opened by the caller (embedded Derby or a server database, e.g.
     * {@code StandaloneDatabase.onServer}), which this takes over: {@link #close()} closes it.
     *
     * @since 1.1
     */
    public static StandaloneCommunity on(StandaloneDatabase database) {
        return new StandaloneCommunity(database);
    }

    /** The database itself (information, backup). */
    public StandaloneDatabase database() {
        return database;
    }

    /** The members. */
    public MemberService members() {
        return parts.members;
    }

    /** The activities and their types. */
    public ActivityService activities() {
        return parts.activities;
    }

    /** The events. */
    public EventService events() {
        return parts.communityEvents;
    }

    /** The scores (following the activities as in the product). */
    public ScoreService scores() {
        return parts.scores;
    }

    /** Closes the database. */
    @Override
    public void close() {
        database.close();
    }
}
