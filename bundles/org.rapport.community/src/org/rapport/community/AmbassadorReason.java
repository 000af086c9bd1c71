package org.rapport.community;

/** Why a member was flagged as an ambassador (candidate); the names are the {@link CommunityTopics#REASON} values. */
public enum AmbassadorReason {
    /** The member reached the top level (Advocates). */
    TOP_LEVEL,
    /** The member's contact had a complaint resolved with high satisfaction (posted by the pipeline). */
    SATISFIED_CASE,
    /** A community manager flagged the member by hand. */
    MANUAL
}
