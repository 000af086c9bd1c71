package org.rapport.examples.checkins;

import java.time.Instant;
import java.util.Objects;

/**
 * One person's check-in at an event: what this example plugin records and shows in people's timelines.
 *
 * @param personId   the contact, by id (plugins refer to another domain's records by id, never by entity)
 * @param personName the contact's name when they checked in, so the record reads well without the contacts domain
 * @param event      the event's name, e.g. "Spring Trade Fair 2026"
 * @param at         when they checked in
 */
public record CheckIn(long personId, String personName, String event, Instant at) {

    /** Checks that every part is there. */
    public CheckIn {
        Objects.requireNonNull(personName, "personName");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(at, "at");
        if (event.isBlank()) {
            throw new IllegalArgumentException("a check-in needs an event");
        }
    }
}
