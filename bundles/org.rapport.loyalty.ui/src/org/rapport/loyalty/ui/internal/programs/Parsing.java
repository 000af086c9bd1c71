package org.rapport.loyalty.ui.internal.programs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.rapport.loyalty.Tier;

/**
 * Reading what a user typed into the program and reward forms, in the forms the command line uses too
 * ({@code --tier NAME:THRESHOLD:MULTIPLIER}, ISO dates). Each method throws {@link IllegalArgumentException} with the
 * message the form shows.
 */
final class Parsing {

    private Parsing() {
    }

    static int wholeNumber(String typed, String what, int min) {
        try {
            int value = Integer.parseInt(typed.strip());
            if (value < min) {
                throw new IllegalArgumentException(what + " is at least " + min + ".");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " is a whole number.");
        }
    }

    static BigDecimal decimal(String typed, String what, boolean positive) {
        try {
            BigDecimal value = new BigDecimal(typed.strip());
            if (positive ? value.signum() <= 0 : value.signum() < 0) {
                throw new IllegalArgumentException(what + (positive ? " is above 0." : " is 0 or more."));
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " is a number, like 1 or 0.5.");
        }
    }

    /** An ISO date, or {@code null} for an empty field. */
    static LocalDate date(String typed, String what) {
        if (typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(what + " is a date like 2026-12-31, or empty.");
        }
    }

    /** Tiers above the base, one {@code NAME:THRESHOLD:MULTIPLIER} a line (blank lines skipped). */
    static List<Tier> tiers(String typed) {
        List<Tier> tiers = new ArrayList<>();
        int line = 0;
        for (String text : typed.split("\\R")) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            String[] parts = text.strip().split(":");
            if (parts.length != 3) {
                throw new IllegalArgumentException("Tier line " + line + ": write NAME:THRESHOLD:MULTIPLIER,"
                        + " like Gold:5000:1.5.");
            }
            try {
                tiers.add(new Tier(parts[0].strip(), Long.parseLong(parts[1].strip()), new BigDecimal(parts[2].strip())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Tier line " + line + ": the threshold is a whole number and the"
                        + " multiplier a number, like Gold:5000:1.5.");
            }
        }
        return tiers;
    }
}
