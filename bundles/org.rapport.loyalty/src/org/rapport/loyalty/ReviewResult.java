package org.rapport.loyalty;

import java.time.LocalDate;

/**
 * What a monthly tier review did.
 *
 * @param programId   the program
 * @param day         the review day (the first of a month)
 * @param reviewed    members reviewed (0 when the program was already reviewed that day)
 * @param downgraded  members moved down one tier
 */
public record ReviewResult(long programId, LocalDate day, long reviewed, long downgraded) {
}
