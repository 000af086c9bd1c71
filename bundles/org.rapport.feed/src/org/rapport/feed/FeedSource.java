package org.rapport.feed;

import java.time.Duration;
import java.time.Instant;

/**
 * A configured source and its polling state, as the Sources view shows it.
 *
 * @param id            Rapport's id of the source
 * @param typeId        the id of its source type (extension {@code org.rapport.feed.sourceTypes})
 * @param location      the normalised location
 * @param network       the network its posts come from
 * @param name          the name the user gave it
 * @param interval      how often it is polled
 * @param paused        whether polling is paused
 * @param lastPoll      when it was last polled, or {@code null}
 * @param lastSuccess   when a poll last succeeded, or {@code null}
 * @param lastError     the message of the last failed poll when the last poll failed, else {@code null}
 * @param failures      consecutive failed polls (the back-off grows with it)
 * @param nextPoll      when it will be polled next, or {@code null} when paused
 * @param postCount     posts stored from it
 * @param typeAvailable whether its source type is installed (a plugin may have been removed)
 */
public record FeedSource(long id, String typeId, String location, String network, String name, Duration interval,
        boolean paused, Instant lastPoll, Instant lastSuccess, String lastError, int failures, Instant nextPoll,
        long postCount, boolean typeAvailable) {
}
