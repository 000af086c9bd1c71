package org.rapport.contacts.ui.internal.editor;

import java.math.BigDecimal;
import java.util.Locale;

/** Numbers as users type them: "1200", "1,200", "1.2k", "3M" followers; "1234.50" or "1234,50" for amounts. */
final class Numbers {

    private Numbers() {
    }

    /**
     * A follower count.
     *
     * @throws IllegalArgumentException saying how to write it
     */
    static int followers(String text) {
        String t = text.trim().replace(",", "").replace("_", "").replace(" ", "").toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return 0;
        }
        int factor = 1;
        if (t.endsWith("k")) {
            factor = 1_000;
        } else if (t.endsWith("m")) {
            factor = 1_000_000;
        }
        try {
            BigDecimal value = new BigDecimal(factor == 1 ? t : t.substring(0, t.length() - 1))
                    .multiply(BigDecimal.valueOf(factor));
            if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
                    || value.stripTrailingZeros().scale() > 0) {
                throw new NumberFormatException();
            }
            return value.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("'" + text.trim() + "' is not a number of followers: write e.g. 1200 or 1.2k.");
        }
    }

    /**
     * A decimal amount; a single comma is taken as the decimal mark.
     *
     * @throws IllegalArgumentException saying how to write it
     */
    static BigDecimal decimal(String text) {
        String t = text.trim().replace(" ", "").replace("_", "");
        if (t.isEmpty()) {
            return null;
        }
        if (t.indexOf(',') >= 0 && t.indexOf('.') < 0 && t.indexOf(',') == t.lastIndexOf(',')) {
            t = t.replace(',', '.');
        } else {
            t = t.replace(",", "");
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text.trim() + "' is not a number: write e.g. 1234.50.");
        }
    }
}
