package org.rapport.loyalty;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a program's outstanding points cost: the points members still hold on a day (available and pending) times
 * the program's point value.
 *
 * @param programId  the program
 * @param asOf       the day
 * @param available  points members can spend that day
 * @param pending    points earned but not yet available
 * @param pointValue what one point is worth in the program's currency
 * @param value      (available + pending) × point value, in the currency
 * @param currency   the program's currency
 */
public record Liability(long programId, LocalDate asOf, long available, long pending, BigDecimal pointValue,
        BigDecimal value, String currency) {

    /** Every outstanding point, available or pending. */
    public long outstanding() {
        return available + pending;
    }
}
