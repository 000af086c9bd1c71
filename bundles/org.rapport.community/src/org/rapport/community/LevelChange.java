package org.rapport.community;

import java.time.Instant;

/**
 * A member moving from one orbit level to another.
 *
 * @param memberId the member
 * @param at       when: the activity that reached a threshold, or the review
 * @param from     the level before, {@code null} when the member joined
 * @param to       the level after
 * @param reason   why the level changed
 */
public record LevelChange(long memberId, Instant at, OrbitLevel from, OrbitLevel to, Reason reason) {

    /** Why a level changed. */
    public enum Reason {
        /** The member's first activity (or joining) placed the member. */
        JOINED,
        /** An activity brought the love in the window to a higher level's threshold. */
        UPGRADE,
        /** The periodic review set the level the window gives (downwards, or up after weights changed). */
        REVIEW
    }

    /** Whether the member moved further in. */
    public boolean isUpgrade() {
        return from != null && to.isAbove(from);
    }
}
