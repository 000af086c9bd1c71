package org.rapport.loyalty;

import java.time.LocalDate;

/**
 * Points that expire at the end of a day unless spent.
 *
 * @param points how many
 * @param date   the last day they can be spent
 */
public record ExpiringPoints(long points, LocalDate date) {
}
