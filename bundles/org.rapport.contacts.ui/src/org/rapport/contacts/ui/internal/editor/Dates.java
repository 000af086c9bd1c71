package org.rapport.contacts.ui.internal.editor;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/** Dates as the form shows them (2024-03-31) and as users type them (2024-03-31 or 31.3.2024). */
final class Dates {

    /** What an empty date field shows. */
    static final String HINT = "YYYY-MM-DD";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final List<DateTimeFormatter> READ = List.of(SHOWN,
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

    private Dates() {
    }

    static String format(LocalDate date) {
        return date == null ? "" : SHOWN.format(date);
    }

    /**
     * Reads a typed date; empty text is no date.
     *
     * @throws IllegalArgumentException with a message that says how to write it
     */
    static LocalDate parse(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter format : READ) {
            try {
                return LocalDate.parse(trimmed, format);
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        throw new IllegalArgumentException("'" + trimmed + "' is not a date: write it as year-month-day, e.g. "
                + format(LocalDate.now().withDayOfMonth(1)) + ".");
    }
}
