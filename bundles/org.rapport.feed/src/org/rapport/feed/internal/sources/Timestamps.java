package org.rapport.feed.internal.sources;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Reads the times feeds send: ISO-8601 with an offset (Mastodon, Bluesky, Atom) and RFC 1123 (RSS). The usual exact
 * forms are read by hand, as a post has several and java.time's general formatters took a tenth of reading a file;
 * anything else goes to those formatters, so what is read is exactly what they read.
 */
public final class Timestamps {

    private static final String[] MONTHS = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec" };

    private Timestamps() {
    }

    /** An ISO-8601 time with offset ({@code 2026-03-02T09:15:00.000Z}), or {@code null} when it is not one. */
    public static Instant iso(String text) {
        if (text == null) {
            return null;
        }
        Instant instant = usualIso(text);
        if (instant != null) {
            return instant;
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * An RFC 1123 time ({@code Mon, 2 Mar 2026 09:15:00 GMT}, the day name optional), or {@code null} when it is not
     * one.
     */
    public static Instant rfc1123(String text) {
        if (text == null) {
            return null;
        }
        Instant instant = usualRfc1123(text);
        if (instant != null) {
            return instant;
        }
        try {
            return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.fraction](Z|+hh:mm)}, or {@code null}. */
    private static Instant usualIso(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int i = 19;
        int nano = 0;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 9 && isDigit(s.charAt(i))) {
                nano = nano * 10 + s.charAt(i++) - '0';
            }
            if (i == start) {
                return null;
            }
            for (int k = i - start; k < 9; k++) {
                nano *= 10;
            }
        }
        int offset = i == n - 1 && s.charAt(i) == 'Z' ? 0 : i == n - 6 ? offset(s, i, true) : Integer.MIN_VALUE;
        return offset == Integer.MIN_VALUE ? null
                : of(number(s, 0, 4), number(s, 5, 2), number(s, 8, 2), number(s, 11, 2), number(s, 14, 2),
                        number(s, 17, 2), nano, offset);
    }

    /** {@code [EEE, ]d MMM yyyy HH:mm:ss (GMT|+hhmm)}, or {@code null}. */
    private static Instant usualRfc1123(String s) {
        int n = s.length();
        int i = 0;
        String dayName = null;
        if (n > 5 && s.charAt(3) == ',' && s.charAt(4) == ' ') {
            dayName = s.substring(0, 3);
            i = 5;
        }
        int dayDigits = i + 1 < n && isDigit(s.charAt(i + 1)) ? 2 : 1;
        int day = number(s, i, dayDigits);
        i += dayDigits;
        if (n - i < 22 || s.charAt(i) != ' ' || s.charAt(i + 4) != ' ' || s.charAt(i + 9) != ' '
                || s.charAt(i + 12) != ':' || s.charAt(i + 15) != ':' || s.charAt(i + 18) != ' ') {
            return null;
        }
        int month = month(s.substring(i + 1, i + 4));
        int offset = s.startsWith("GMT", i + 19) && n == i + 22 ? 0 : n == i + 24 ? offset(s, i + 19, false)
                : Integer.MIN_VALUE;
        if (month < 0 || offset == Integer.MIN_VALUE) {
            return null;
        }
        Instant instant = of(number(s, i + 5, 4), month, day, number(s, i + 10, 2), number(s, i + 13, 2),
                number(s, i + 16, 2), 0, offset);
        if (instant != null && dayName != null) {
            DayOfWeek named = instant.atOffset(ZoneOffset.ofTotalSeconds(offset)).getDayOfWeek();
            if (!named.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equals(dayName)) {
                return null; // a day name that does not fit the date: the formatter decides
            }
        }
        return instant;
    }

    /** The offset in seconds from {@code +hh:mm} (or {@code +hhmm}) at {@code at}, or {@code Integer.MIN_VALUE}. */
    private static int offset(String s, int at, boolean colon) {
        char sign = s.charAt(at);
        int hours = number(s, at + 1, 2);
        int minutes = number(s, at + (colon ? 4 : 3), 2);
        if (sign != '+' && sign != '-' || colon && s.charAt(at + 3) != ':' || hours < 0 || hours > 18 || minutes < 0
                || minutes > 59) {
            return Integer.MIN_VALUE;
        }
        int seconds = hours * 3600 + minutes * 60;
        return seconds > 18 * 3600 ? Integer.MIN_VALUE : sign == '-' ? -seconds : seconds;
    }

    private static Instant of(int year, int month, int day, int hour, int minute, int second, int nano, int offset) {
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nano)
                    .toInstant(ZoneOffset.ofTotalSeconds(offset));
        } catch (DateTimeException e) {
            return null; // out of range (30 February): the formatter refuses it too
        }
    }

    private static int month(String name) {
        for (int m = 0; m < MONTHS.length; m++) {
            if (MONTHS[m].equals(name)) {
                return m + 1;
            }
        }
        return -1;
    }

    /** The number of {@code length} ASCII digits at {@code at}, or -1. */
    private static int number(String s, int at, int length) {
        if (at < 0 || at + length > s.length()) {
            return -1;
        }
        int value = 0;
        for (int i = at; i < at + length; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
