package org.rapport.contacts.io.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.rapport.contacts.model.IncomeBand;
import org.rapport.contacts.model.Sex;

/** Reads the values of contact files: dates in the configured formats, sex, income bands, yes/no, counts, labels. */
final class ValueParsers {

    private static final Pattern YEARLESS = Pattern.compile("--\\d{2}-?\\d{2}");
    private static final Pattern EMPTY_DATE = Pattern.compile("0?0?[./-]0?0?[./-]0{2,4}|0{4}-00-00");
    private static final int LABEL_LENGTH = 32;

    private final List<DateTimeFormatter> dateFormats = new ArrayList<>();
    private final String patternList;

    /** @throws IllegalArgumentException with a message naming the pattern when one is not a date pattern */
    ValueParsers(List<String> datePatterns) {
        List<String> patterns = new ArrayList<>();
        for (String pattern : datePatterns) {
            dateFormats.add(formatter(pattern));
            patterns.add(pattern);
        }
        if (!patterns.contains("yyyy-MM-dd")) {
            dateFormats.add(DateTimeFormatter.ISO_LOCAL_DATE);
            patterns.add("yyyy-MM-dd");
        }
        patternList = String.join(", ", patterns);
    }

    /** A java.time pattern, strict; "yyyy" means the year (proleptic), not the year of an era. */
    static DateTimeFormatter formatter(String pattern) {
        String strict = pattern.contains("G") ? pattern : pattern.replace('y', 'u');
        try {
            return DateTimeFormatter.ofPattern(strict, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + pattern + "' is not a date pattern (e.g. dd.MM.yyyy or"
                    + " MM/dd/yyyy): " + e.getMessage(), e);
        }
    }

    /** A date in one of the formats; {@code null} for an empty date as Outlook writes it ("0/0/00"). */
    LocalDate date(String text) throws ValueProblem {
        String value = text.trim();
        if (EMPTY_DATE.matcher(value).matches()) {
            return null;
        }
        if (YEARLESS.matcher(value).matches()) {
            throw ValueProblem.of("a birthday without a year (" + value + ") cannot be stored; the rest of the"
                    + " row is imported");
        }
        for (DateTimeFormatter format : dateFormats) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        throw ValueProblem.of("'" + value + "' is not a date in any of the formats " + patternList
                + "; fix the date, or choose the file's date format");
    }

    static Sex sex(String text) throws ValueProblem {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "f", "female", "woman", "w", "weiblich", "feminin", "femme" -> Sex.FEMALE;
            case "m", "male", "man", "männlich", "maennlich", "masculin", "homme" -> Sex.MALE;
            case "d", "diverse", "divers", "x", "o", "other", "non-binary", "nonbinary" -> Sex.DIVERSE;
            case "", "u", "n", "unspecified", "unknown", "none", "not specified", "keine angabe" -> Sex.UNSPECIFIED;
            default -> throw ValueProblem.of("'" + text + "' is not a sex; use female, male, diverse or"
                    + " unspecified (or f, m, d, u)");
        };
    }

    static IncomeBand incomeBand(String text) throws ValueProblem {
        String value = text.trim().toUpperCase(Locale.ROOT);
        for (IncomeBand band : IncomeBand.values()) {
            if (value.equals(band.name()) || value.startsWith(band.name() + ":")) {
                return band;
            }
        }
        throw ValueProblem.of("'" + text + "' is not an income band; use A (highest) to E");
    }

    static boolean yesNo(String text) throws ValueProblem {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1", "x", "ja", "j", "oui", "opt-in", "opted in" -> true;
            case "no", "n", "false", "0", "", "nein", "non", "opt-out", "opted out" -> false;
            default -> throw ValueProblem.of("'" + text + "' is neither yes nor no");
        };
    }

    /** "1234", "1,234", "1.2k", "3M". */
    static int count(String text) throws ValueProblem {
        String value = text.trim().toLowerCase(Locale.ROOT).replace(",", "").replace("_", "").replace(" ", "");
        if (value.isEmpty()) {
            return 0;
        }
        BigDecimal factor = BigDecimal.ONE;
        if (value.endsWith("k")) {
            factor = BigDecimal.valueOf(1_000);
            value = value.substring(0, value.length() - 1);
        } else if (value.endsWith("m")) {
            factor = BigDecimal.valueOf(1_000_000);
            value = value.substring(0, value.length() - 1);
        }
        try {
            BigDecimal number = new BigDecimal(value).multiply(factor);
            if (number.signum() < 0 || number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                throw ValueProblem.of("'" + text + "' is not a follower count (0 or more)");
            }
            return number.intValue();
        } catch (NumberFormatException e) {
            throw ValueProblem.of("'" + text + "' is not a number");
        }
    }

    /**
     * A label as the contact model keeps it: "work", "home", "mobile"... from "* Work", "CELL", "_$!<Mobile>!$_";
     * empty for type words that are no labels (internet, pref, voice, smtp).
     */
    static String label(String text) {
        String value = text == null ? "" : text.trim();
        if (value.startsWith("_$!<") && value.endsWith(">!$_")) {
            value = value.substring(4, value.length() - 4);
        }
        if (value.startsWith("*")) {
            value = value.substring(1).trim();
        }
        value = value.toLowerCase(Locale.ROOT);
        value = switch (value) {
            case "cell", "cellular", "mobile phone", "handy", "iphone" -> "mobile";
            case "business", "office", "company", "work phone" -> "work";
            case "private", "personal", "home phone" -> "home";
            case "internet", "pref", "voice", "smtp", "x400", "ex", "msg", "text" -> "";
            default -> value;
        };
        return value.length() > LABEL_LENGTH ? value.substring(0, LABEL_LENGTH) : value;
    }

    /** "Ada Lovelace" to {"Ada", "Lovelace"}; "Lovelace, Ada" to {"Ada", "Lovelace"}; one word is a first name. */
    static String[] splitFullName(String fullName) {
        String name = fullName.trim().replaceAll("\\s+", " ");
        int comma = name.indexOf(',');
        if (comma > 0) {
            return new String[] { name.substring(comma + 1).trim(), name.substring(0, comma).trim() };
        }
        int space = name.lastIndexOf(' ');
        return space < 0 ? new String[] { name, "" } : new String[] { name.substring(0, space), name.substring(space + 1) };
    }

    /**
     * The parts of {@code text} between occurrences of {@code separator}, taken literally (String.split with a quoted
     * pattern compiles a regular expression per call, which showed in the import's profile on every row).
     */
    static List<String> splitLiteral(String text, String separator) {
        List<String> parts = new ArrayList<>(2);
        int from = 0;
        for (int at = text.indexOf(separator); at >= 0 && !separator.isEmpty(); at = text.indexOf(separator, from)) {
            parts.add(text.substring(from, at));
            from = at + separator.length();
        }
        parts.add(text.substring(from));
        return parts;
    }
}
