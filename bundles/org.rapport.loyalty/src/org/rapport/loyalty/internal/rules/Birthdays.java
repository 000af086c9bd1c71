package org.rapport.loyalty.internal.rules;

import java.time.LocalDate;
import java.time.MonthDay;

/** When a birthday is celebrated in a given year. */
final class Birthdays {

    private Birthdays() {
    }

    /** The day of {@code year} a person born on {@code birthDate} celebrates: 29 February falls on 28 February in other years. */
    static LocalDate in(LocalDate birthDate, int year) {
        MonthDay day = MonthDay.from(birthDate);
        return day.isValidYear(year) ? day.atYear(year) : LocalDate.of(year, 2, 28);
    }

    /** Whether {@code day} is the birthday of someone born on {@code birthDate} (never before they were born). */
    static boolean isBirthday(LocalDate birthDate, LocalDate day) {
        return day.isAfter(birthDate) && in(birthDate, day.getYear()).equals(day);
    }
}
