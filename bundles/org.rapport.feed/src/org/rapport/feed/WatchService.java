package org.rapport.feed;

import java.time.Instant;
import java.util.List;

/**
 * Watched terms and people, negative-buzz alerts and sentiment over time. An OSGi service; call it from background
 * jobs. New alerts are posted on {@link FeedTopics#ALERT_RAISED}.
 * <p>
 * An alert is raised when new negative posts about a watched term (the text contains it, ignoring case) or person
 * (author or mentioned) are stored and, in the window ending at the newest of them: there are at least the watch's
 * {@link WatchedTerm#minCount()} (default 5 in 60 minutes), and at least three times the watch's baseline, its mean
 * number of negative posts per window over the 7 days before. After an alert the same watch stays quiet for two
 * windows unless the count doubles. Windows are measured on the posts' published times, not the wall clock, so an
 * import of past posts is judged on its own timeline.
 */
public interface WatchService {

    /** The watched terms and people, by label. */
    List<WatchedTerm> watched();

    /** Watches a term (ignoring case); watching it again returns the existing entry. */
    WatchedTerm watchTerm(String term);

    /** Watches a contact. */
    WatchedTerm watchPerson(long personId);

    /** Changes the alert rule of a watched entry. */
    WatchedTerm updateRule(long watchId, int minCount, int windowMinutes);

    /** Stops watching; its past alerts stay. */
    void unwatch(long watchId);

    /** The alerts, newest first, at most {@code limit}. */
    List<BuzzAlert> alerts(int limit);

    /** Marks an alert as seen. */
    void markSeen(long alertId);

    /**
     * Sentiment over time of the posts containing a term (or every post when {@code term} is {@code null}): one bucket
     * per day between the two instants.
     */
    List<SentimentBucket> sentimentOverTime(String term, Instant from, Instant to);

    /**
     * Posts per label and mean score in one day.
     *
     * @param day      the day's start (UTC)
     * @param positive positive posts
     * @param neutral  neutral posts
     * @param negative negative posts
     * @param mean     mean compound score, 0 when there are none
     */
    record SentimentBucket(Instant day, int positive, int neutral, int negative, double mean) {
    }
}
