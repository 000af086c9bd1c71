package org.rapport.loyalty;

import java.time.LocalDate;
import java.util.List;

/**
 * A member's points as of a day, all derived from the ledger.
 *
 * @param programId     the program
 * @param personId      the member's contact
 * @param asOf          the day
 * @param available     points that can be spent on that day
 * @param pending       points earned but not yet available
 * @param tier          the current tier's name
 * @param earned12m     points that qualify for tiers: earned in the 12 months up to and including the day (pending
 *                      included, cancellations subtracted, expiry not subtracted)
 * @param nextTier      the next tier's name, or {@code null} at the top
 * @param nextThreshold the next tier's threshold, or 0 at the top
 * @param expiring      the points held by expiry day, soonest first (pending ones included)
 * @param lifetime      the totals since enrolment
 */
public record Statement(long programId, long personId, LocalDate asOf, long available, long pending, String tier,
        long earned12m, String nextTier, long nextThreshold, List<ExpiringPoints> expiring, LifetimeTotals lifetime) {

    /** Copies the list. */
    public Statement {
        expiring = List.copyOf(expiring);
    }

    /** Points still to earn (in 12 months) to reach the next tier; 0 at the top. */
    public long toNextTier() {
        return nextTier == null ? 0 : Math.max(0, nextThreshold - earned12m);
    }
}
