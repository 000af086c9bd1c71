package org.rapport.loyalty;

import java.time.YearMonth;

/**
 * A program's points moved in one month, by the ledger entries' days (all positive numbers).
 *
 * @param month     the month
 * @param issued    points credited: purchases, bonuses and positive adjustments
 * @param redeemed  points spent on rewards
 * @param expired   points that expired
 * @param cancelled points cancelled by refunds and negative adjustments
 */
public record MonthFigures(YearMonth month, long issued, long redeemed, long expired, long cancelled) {
}
