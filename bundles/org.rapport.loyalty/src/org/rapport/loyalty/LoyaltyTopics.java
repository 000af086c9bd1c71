package org.rapport.loyalty;

/**
 * EventAdmin topics the loyalty domain posts, after the change was committed. Ledger changes of a member also post
 * {@code org.rapport.core.events.RapportTopics#TIMELINE_CHANGED} for that person.
 */
public final class LoyaltyTopics {

    /** Prefix of every loyalty topic, for a subscriber that wants them all. */
    public static final String ALL = "org/rapport/loyalty/*";

    /** Programs, their tiers or rewards were created or changed; property {@link #IDS} (program ids). */
    public static final String PROGRAMS_CHANGED = "org/rapport/loyalty/programs/CHANGED";

    /**
     * Members were enrolled or changed; properties {@link #PROGRAM_ID} and {@link #IDS} (person ids) when known. The
     * same change made by another Rapport on a shared server arrives with {@code rapport.remote=true} and
     * {@link #IDS} only.
     */
    public static final String MEMBERS_CHANGED = "org/rapport/loyalty/members/CHANGED";

    /**
     * Ledger entries were written; properties {@link #PROGRAM_ID} and {@link #IDS} (person ids) when known (absent for
     * a bulk change such as an import or an expiry run). From another Rapport on a shared server: with
     * {@code rapport.remote=true} and {@link #IDS} only.
     */
    public static final String LEDGER_CHANGED = "org/rapport/loyalty/ledger/CHANGED";

    /**
     * A member's tier changed (an upgrade after an event, or a downgrade at the monthly review). Properties:
     * {@link #PERSON_ID} ({@code Long}), {@link #PROGRAM_ID} ({@code Long}), {@link #FROM} and {@link #TO} (tier names).
     */
    public static final String TIER_CHANGED = "org/rapport/loyalty/members/TIER_CHANGED";

    /** Event property: the ids concerned ({@code long[]}); absent for a bulk change. */
    public static final String IDS = "ids";
    /** Event property: the program ({@code Long}). */
    public static final String PROGRAM_ID = "programId";
    /** Event property: the person ({@code Long}), the same key as the core timeline topic. */
    public static final String PERSON_ID = "personId";
    /** Event property: the tier name before the change ({@code String}). */
    public static final String FROM = "from";
    /** Event property: the tier name after the change ({@code String}). */
    public static final String TO = "to";

    private LoyaltyTopics() {
    }
}
