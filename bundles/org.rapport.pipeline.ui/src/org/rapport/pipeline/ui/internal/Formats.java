package org.rapport.pipeline.ui.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.rapport.pipeline.Money;

/** How the pipeline views write amounts, dates and months: in the user's locale, amounts without cents. */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy");

    private Formats() {
    }

    /** "€12,500" or "12,500 CHF": whole units, the currency's symbol where the locale has one. */
    public static String money(BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance();
        try {
            format.setCurrency(Currency.getInstance(currency));
        } catch (IllegalArgumentException e) {
            return whole(amount) + " " + currency;
        }
        format.setMaximumFractionDigits(0);
        format.setMinimumFractionDigits(0);
        return format.format(amount.setScale(0, RoundingMode.HALF_UP));
    }

    /** Amounts in several currencies, largest first: "€45,000 + $3,000". */
    public static String money(List<Money> amounts) {
        if (amounts.isEmpty()) {
            return money(BigDecimal.ZERO, "EUR");
        }
        return amounts.stream().map(m -> money(m.amount(), m.currency())).collect(Collectors.joining(" + "));
    }

    /** "12,500". */
    public static String whole(BigDecimal amount) {
        return NumberFormat.getIntegerInstance().format(amount.setScale(0, RoundingMode.HALF_UP));
    }

    /** A short, compact amount for tight places: "€12.5k", "€1.2M". */
    public static String compact(BigDecimal amount, String currency) {
        double value = amount.doubleValue();
        String symbol = symbol(currency);
        if (Math.abs(value) >= 1_000_000) {
            return symbol + String.format(Locale.ROOT, "%.1fM", value / 1_000_000);
        }
        if (Math.abs(value) >= 10_000) {
            return symbol + String.format(Locale.ROOT, "%.0fk", value / 1_000);
        }
        if (Math.abs(value) >= 1_000) {
            return symbol + String.format(Locale.ROOT, "%.1fk", value / 1_000);
        }
        return symbol + whole(amount);
    }

    private static String symbol(String currency) {
        try {
            String symbol = Currency.getInstance(currency).getSymbol();
            return symbol.length() <= 2 ? symbol : currency + " ";
        } catch (IllegalArgumentException e) {
            return currency + " ";
        }
    }

    /** A date in the locale's medium style, or empty for none. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "Mar 2026". */
    public static String month(YearMonth month) {
        return MONTH.format(month);
    }

    /** "42%". */
    public static String percent(double fraction) {
        return Double.isNaN(fraction) ? "\u2013" : Math.round(fraction * 100) + "%";
    }
}
