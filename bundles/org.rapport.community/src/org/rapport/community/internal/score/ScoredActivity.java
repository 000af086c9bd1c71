package org.rapport.community.internal.score;

import java.time.Instant;

import org.rapport.community.Pillar;

/**
 * One activity as scoring sees it: who, when, how much it weighs (its type's weight now) and whom it connects the
 * member to.
 *
 * @param memberId       the member who acted
 * @param at             when
 * @param typeKey        the activity type's key
 * @param weight         the activity type's weight
 * @param pillar         the pillar of the activity
 * @param platform       where (e.g. "github", "discourse"), never {@code null}
 * @param targetMemberId the member replied to or mentioned, 0 if none
 * @param eventId        the event attended or spoken at, 0 if none
 */
public record ScoredActivity(long memberId, Instant at, String typeKey, double weight, Pillar pillar,
        String platform, long targetMemberId, long eventId) {

    /** The weight in thousandths of a point: love sums these exactly, in any order. */
    long milliPoints() {
        return Math.round(weight * 1000);
    }
}
