package org.rapport.feed.internal.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The hand-read usual forms give the very instant java.time's formatters give, and refuse what they refuse. */
class TimestampsTest {

    @Test
    void readsIsoTimesAsTheIsoFormatterDoes() {
        for (String text : List.of("2026-03-02T09:15:00Z", "2026-03-02T09:15:00.000Z", "2026-03-02T09:15:00.1Z",
                "2026-03-02T09:15:00.123456789Z", "2026-03-02T09:15:00.1234567891Z", "2026-03-02T09:15:00+05:30",
                "2026-03-02T09:15:00.250-08:00", "2026-03-02T09:15Z", "2026-03-02t09:15:00z", "2026-02-29T09:15:00Z",
                "2024-02-29T23:59:59Z", "2026-03-02T24:00:00Z", "2026-13-02T09:15:00Z", "2026-03-02T09:15:00+19:00",
                "2026-03-02T09:15:00+0530", "2026-03-02T09:15:00.Z", "2026-03-02T09:15:00", "2026-03-02 09:15:00Z",
                "2026-03-02T09:15:00+05:30:15", "not a date", "")) {
            assertEquals(isoFormatter(text), Timestamps.iso(text), text);
        }
        assertEquals(Instant.parse("2026-03-02T03:45:00Z"), Timestamps.iso("2026-03-02T09:15:00+05:30"));
        assertNull(Timestamps.iso(null));
    }

    @Test
    void readsRfc1123TimesAsTheRfc1123FormatterDoes() {
        for (String text : List.of("Mon, 02 Mar 2026 09:15:00 GMT", "Mon, 2 Mar 2026 09:15:00 GMT",
                "02 Mar 2026 09:15:00 GMT", "2 Mar 2026 09:15:00 +0100", "Mon, 02 Mar 2026 09:15:00 -0800",
                "Tue, 02 Mar 2026 09:15:00 GMT", "mon, 02 Mar 2026 09:15:00 GMT", "Mon, 02 mar 2026 09:15:00 GMT",
                "Mon, 02 Mar 2026 09:15 GMT", "Mon, 30 Feb 2026 09:15:00 GMT", "Mon, 02 Mar 2026 09:15:00 EST",
                "Mon, 02 Mar 2026 09:15:00 Z", "Mon, 02 Mar 26 09:15:00 GMT", "Mon, 02 Mar 2026 09:15:00 GMT ",
                "2026-03-02T09:15:00Z", "")) {
            assertEquals(rfc1123Formatter(text), Timestamps.rfc1123(text), text);
        }
        assertEquals(Instant.parse("2026-03-02T08:15:00Z"), Timestamps.rfc1123("Mon, 2 Mar 2026 09:15:00 +0100"));
    }

    private static Instant isoFormatter(String text) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant rfc1123Formatter(String text) {
        try {
            return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
