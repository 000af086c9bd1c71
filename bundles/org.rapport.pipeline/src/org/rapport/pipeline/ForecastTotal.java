package org.rapport.pipeline;

import java.math.BigDecimal;

/**
 * A forecast total for one key (a month such as {@code 2026-03}, or a rep's user name) and one currency.
 *
 * @param key      the month ({@code YearMonth.toString()}) or the owner
 * @param currency the currency
 * @param count    how many deals
 * @param amount   their amounts summed
 * @param weighted their weighted amounts summed
 * @param won      the amounts of the won ones summed
 */
public record ForecastTotal(String key, String currency, int count, BigDecimal amount, BigDecimal weighted, BigDecimal won) {
}
