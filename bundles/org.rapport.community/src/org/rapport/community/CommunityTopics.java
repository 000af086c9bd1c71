package org.rapport.community;

/**
 * EventAdmin topics the community domain posts. A change concerning a member linked to a contact also posts
 * {@code org.rapport.core.events.RapportTopics#TIMELINE_CHANGED} for that person.
 */
public final class CommunityTopics {

    /** Prefix of every community topic, for a subscriber that wants them all. */
    public static final String ALL = "org/rapport/community/*";

    /** Members were created, changed, linked, flagged, merged or unmerged; property {@link #IDS} (member ids). */
    public static final String MEMBERS_CHANGED = "org/rapport/community/members/CHANGED";

    /** Activities were added, changed or deleted; property {@link #IDS} holds the members concerned when known. */
    public static final String ACTIVITIES_CHANGED = "org/rapport/community/activities/CHANGED";

    /** Events or their registrations and attendance changed; property {@link #IDS} (event ids). */
    public static final String EVENTS_CHANGED = "org/rapport/community/events/CHANGED";

    /** Scores or levels were recomputed; property {@link #IDS} holds the members concerned when known. */
    public static final String SCORES_CHANGED = "org/rapport/community/scores/CHANGED";

    /**
     * A member was flagged as an ambassador (candidate). Properties: {@link #MEMBER_ID} ({@code Long}),
     * {@link #PERSON_ID} ({@code Long}, the linked contact; absent when there is none), {@link #REASON}
     * ({@code String}: {@code TOP_LEVEL} or {@code SATISFIED_CASE}, see {@link AmbassadorReason}). Other domains
     * (loyalty) subscribe to this string: it never changes.
     */
    public static final String AMBASSADOR_FLAGGED = "org/rapport/community/members/AMBASSADOR";

    /** Event property: the ids concerned ({@code long[]}); absent for a bulk change. */
    public static final String IDS = "ids";
    /** Event property: the member ({@code Long}). */
    public static final String MEMBER_ID = "memberId";
    /** Event property: the linked contact ({@code Long}), same key as the core timeline topic. */
    public static final String PERSON_ID = "personId";
    /** Event property: why ({@code String}). */
    public static final String REASON = "reason";

    private CommunityTopics() {
    }
}
