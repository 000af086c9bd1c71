package org.rapport.community;

import java.time.Instant;

/**
 * Which activities to list, newest first.
 *
 * @param memberId only this member's (merged members' included), or {@code null} for everyone's
 * @param pillar   only this pillar, or {@code null}
 * @param type     only this type key, or empty
 * @param platform only this platform, or empty
 * @param eventId  only activities of this event, or {@code null}
 * @param from     only at or after this time, or {@code null}
 * @param to       only before this time, or {@code null}
 */
public record ActivityQuery(Long memberId, Pillar pillar, String type, String platform, Long eventId, Instant from,
        Instant to) {

    /** Every activity. */
    public static final ActivityQuery ALL = new ActivityQuery(null, null, "", "", null, null, null);

    /** Fills in empty texts. */
    public ActivityQuery {
        type = type == null ? "" : type.trim();
        platform = platform == null ? "" : platform.trim();
    }

    /** One member's activities. */
    public static ActivityQuery ofMember(long memberId) {
        return new ActivityQuery(memberId, null, "", "", null, null, null);
    }

    /** A copy limited to a time span. */
    public ActivityQuery between(Instant from, Instant to) {
        return new ActivityQuery(memberId, pillar, type, platform, eventId, from, to);
    }
}
