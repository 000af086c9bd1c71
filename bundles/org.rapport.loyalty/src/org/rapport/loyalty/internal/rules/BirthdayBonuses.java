package org.rapport.loyalty.internal.rules;

import java.time.LocalDate;

/** The birthday bonuses of a day, for the daily run (an internal service of {@link JpaRuleService}). */
public interface BirthdayBonuses {

    /** Awards the birthday rules of a program to the members born on this day of the year; the points awarded. */
    long birthdays(long programId, LocalDate day);
}
