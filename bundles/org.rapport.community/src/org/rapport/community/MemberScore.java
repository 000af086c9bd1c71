package org.rapport.community;

import java.time.Instant;

/**
 * A member's scores as of {@code asOf} (staff members have none).
 *
 * @param memberId   the member
 * @param level      the orbit level (moves up at once, down only at the review)
 * @param love       weighted activity in the look-back window
 * @param reach      decayed strength of the member's connections to other members
 * @param gravity    love × reach
 * @param lastActive time of the member's latest activity, {@code null} if none
 * @param asOf       the time these figures are for
 */
public record MemberScore(long memberId, OrbitLevel level, double love, double reach, double gravity,
        Instant lastActive, Instant asOf) {
}
