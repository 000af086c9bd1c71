package org.rapport.loyalty;

import java.time.LocalDate;

/**
 * A contact enrolled in a program.
 *
 * @param id         the membership's id
 * @param programId  the program
 * @param personId   the contact (an id of the contacts domain)
 * @param enrolledOn the day of enrolment
 * @param tier       the current tier's name
 * @param tierSince  the day the member reached the current tier
 */
public record Member(long id, long programId, long personId, LocalDate enrolledOn, String tier, LocalDate tierSince) {
}
