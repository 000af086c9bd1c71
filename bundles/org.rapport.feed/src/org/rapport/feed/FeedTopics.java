package org.rapport.feed;

/**
 * EventAdmin topics the social feed posts. Every new post of a matched contact also posts
 * {@code org.rapport.core.events.RapportTopics#TIMELINE_CHANGED} for that person.
 */
public final class FeedTopics {

    /** Prefix of every feed topic. */
    public static final String ALL = "org/rapport/feed/*";

    /** Posts were stored, matched, or marked answered; property {@link #IDS} when known (absent for bulk). */
    public static final String POSTS_CHANGED = "org/rapport/feed/posts/CHANGED";

    /** Sources were added, changed, removed or polled (their state changed); property {@link #IDS}. */
    public static final String SOURCES_CHANGED = "org/rapport/feed/sources/CHANGED";

    /** Watched terms or people changed. */
    public static final String WATCHES_CHANGED = "org/rapport/feed/watches/CHANGED";

    /**
     * A negative-buzz alert was raised. Properties: {@link #ALERT_ID} ({@code Long}), {@link #LABEL} (the term or the
     * person's name), {@link #TERM} (absent for a person), {@link #PERSON_ID} ({@code Long}, absent for a term),
     * {@link #NEGATIVE} ({@code Integer}), {@link #POST_IDS} ({@code long[]}).
     */
    public static final String ALERT_RAISED = "org/rapport/feed/alerts/RAISED";

    /** Event property: the ids concerned ({@code long[]}). */
    public static final String IDS = "ids";
    /** Event property: the alert's id. */
    public static final String ALERT_ID = "alertId";
    /** Event property: the alert's label. */
    public static final String LABEL = "label";
    /** Event property: the watched term. */
    public static final String TERM = "term";
    /** Event property: the watched person's id ({@code Long}). */
    public static final String PERSON_ID = "personId";
    /** Event property: the negative posts in the window. */
    public static final String NEGATIVE = "negative";
    /** Event property: the posts that raised the alert. */
    public static final String POST_IDS = "postIds";

    private FeedTopics() {
    }
}
