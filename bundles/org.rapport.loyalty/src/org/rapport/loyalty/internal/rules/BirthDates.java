package org.rapport.loyalty.internal.rules;

import java.time.LocalDate;
import java.util.Map;

/**
 * Contacts' birth dates, for the birthday bonus. An internal service so that loyalty works without the contacts
 * domain: {@link ContactsBirthDates} provides it when contacts is installed; without it, nobody has a birthday.
 */
public interface BirthDates {

    /** The birth dates of those of these people that have one recorded. */
    Map<Long, LocalDate> of(long[] personIds);
}
