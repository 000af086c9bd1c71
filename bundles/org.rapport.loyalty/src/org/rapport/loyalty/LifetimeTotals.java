package org.rapport.loyalty;

/**
 * A member's totals since enrolment; {@code earned - redeemed - expired - cancelled} is what the member holds
 * (available plus pending).
 *
 * @param earned    every credit: purchases, bonuses, positive adjustments
 * @param redeemed  points spent on rewards
 * @param expired   points that expired
 * @param cancelled points taken back: refund cancellations and negative adjustments
 */
public record LifetimeTotals(long earned, long redeemed, long expired, long cancelled) {
}
