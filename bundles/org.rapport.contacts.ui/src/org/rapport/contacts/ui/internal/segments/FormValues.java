package org.rapport.contacts.ui.internal.segments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Text;

/** Reading typed values of the criteria form; what cannot be read is reported at its field, saying what to write. */
final class FormValues {

    private FormValues() {
    }

    /** A whole number, or {@code null} for a blank field. */
    static Integer integer(Text text, CriteriaReading reading, String example) {
        String value = text.getText().trim().replace(",", "").replace("_", "");
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            reading.problem(text, "'" + text.getText().trim() + "' is not a whole number; write e.g. " + example + ".");
            return null;
        }
    }

    /** A decimal number, or {@code null} for a blank field. */
    static BigDecimal decimal(Text text, CriteriaReading reading) {
        String value = text.getText().trim().replace(",", "").replace("_", "");
        if (value.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            reading.problem(text, "'" + text.getText().trim() + "' is not a number; write e.g. 1000 or 2500.50.");
            return null;
        }
    }

    /** A day as YYYY-MM-DD, or {@code null} for a blank field. */
    static LocalDate date(Text text, CriteriaReading reading) {
        String value = text.getText().trim();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            reading.problem(text, "'" + value + "' is not a date; write it as YYYY-MM-DD, e.g. 2024-03-31.");
            return null;
        }
    }

    /** The words of a list field ("vip, customer" or "de en"), empty for a blank field. */
    static List<String> words(Text text) {
        return Arrays.stream(text.getText().split("[,;\\s]+")).map(String::trim).filter(w -> !w.isEmpty()).toList();
    }

    /** Shows a number without trailing zeros, or nothing. */
    static String show(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : value.toString();
    }
}
