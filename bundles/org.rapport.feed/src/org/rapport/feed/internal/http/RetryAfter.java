package org.rapport.feed.internal.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads a {@code Retry-After} header (RFC 9110 section 10.2.3): delay seconds or an HTTP-date. */
final class RetryAfter {

    private RetryAfter() {
    }

    /**
     * The wait a {@code Retry-After} value asks for.
     *
     * @param value the header, or {@code null}
     * @param now   the moment an HTTP-date is measured from
     * @return the wait (zero when the date has passed), or {@code null} when absent or unreadable
     */
    static Duration parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                return Duration.ofSeconds(Long.parseLong(v));
            } catch (NumberFormatException e) {
                return null; // more digits than a long: not a wait anyone means
            }
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
