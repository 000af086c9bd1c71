package org.rapport.loyalty.ui.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Currency;

/** How the loyalty views write points, amounts, dates and months: in the user's locale, points with grouping. */
public final class LoyaltyFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy");

    private LoyaltyFormats() {
    }

    /** "12,500". */
    public static String points(long points) {
        return NumberFormat.getIntegerInstance().format(points);
    }

    /** "+250" or "−120": a ledger movement, always with its sign. */
    public static String signedPoints(long points) {
        return (points > 0 ? "+" : points < 0 ? "\u2212" : "") + points(Math.abs(points));
    }

    /** "€1,234.50" or "1,234.50 XYZ" for a currency the JDK does not know. */
    public static String money(BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance();
        try {
            format.setCurrency(Currency.getInstance(currency));
        } catch (IllegalArgumentException | NullPointerException e) {
            NumberFormat plain = NumberFormat.getNumberInstance();
            plain.setMinimumFractionDigits(2);
            plain.setMaximumFractionDigits(2);
            return plain.format(amount) + (currency == null ? "" : " " + currency);
        }
        return format.format(amount);
    }

    /**
     * A business day as ISO (2026-01-31): loyalty dates are compared with the CLI's {@code --at} and the import's
     * dates, which are ISO too.
     */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "Mar 26": short enough for a chart's twelve or more month labels. */
    public static String month(YearMonth month) {
        return MONTH.format(month);
    }
}
