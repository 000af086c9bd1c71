package org.rapport.community.internal.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The dates export files write: ISO-8601 with or without offset ({@code 2026-11-03T18:00:00Z}), with a space for the
 * {@code T}, a plain date ({@code 2026-11-03}, the start of the day in UTC), or the US form of Eventbrite and Meetup
 * ({@code 11/3/2026}, {@code 11/3/2026 6:00 PM}). Times without an offset are taken as UTC.
 */
final class ImportDates {

    private static final List<DateTimeFormatter> LOCAL = List.of(DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]", Locale.ROOT),
            DateTimeFormatter.ofPattern("M/d/yyyy h:mm[:ss] a", Locale.ROOT),
            DateTimeFormatter.ofPattern("M/d/yyyy H:mm[:ss]", Locale.ROOT));

    private ImportDates() {
    }

    static Instant parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("no date");
        }
        try {
            return OffsetDateTime.parse(t.replace(' ', 'T')).toInstant();
        } catch (DateTimeParseException e) {
            // not with an offset: the local forms follow
        }
        for (DateTimeFormatter format : LOCAL) {
            try {
                return LocalDateTime.parse(t.toUpperCase(Locale.ROOT), format).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        try {
            return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            // the US form follows
        }
        try {
            return LocalDate.parse(t, DateTimeFormatter.ofPattern("M/d/yyyy", Locale.ROOT)).atStartOfDay(ZoneOffset.UTC)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("the date " + t + " is not a date (use 2026-11-03 or 2026-11-03T18:00Z)");
        }
    }
}
