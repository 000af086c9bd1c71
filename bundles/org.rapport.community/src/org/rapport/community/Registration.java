package org.rapport.community;

import java.time.Instant;

/**
 * A member's registration for an event.
 *
 * @param eventId      the event
 * @param memberId     the member
 * @param memberName   the member's name, for lists
 * @param registeredAt when they registered
 * @param attended     whether they attended (attendance is also recorded as an activity)
 * @param followedUp   whether someone followed up with them after the event
 */
public record Registration(long eventId, long memberId, String memberName, Instant registeredAt, boolean attended,
        boolean followedUp) {
}
