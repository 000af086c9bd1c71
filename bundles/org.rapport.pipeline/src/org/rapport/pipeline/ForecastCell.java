package org.rapport.pipeline;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One cell of the forecast, as the database grouped it: one month, one rep, one currency.
 *
 * @param month    the month of the expected close date
 * @param owner    the rep
 * @param currency the currency
 * @param count    how many deals
 * @param amount   their amounts summed
 * @param weighted their amounts times probabilities summed
 * @param won      the amounts of the won ones summed
 */
public record ForecastCell(YearMonth month, String owner, String currency, int count, BigDecimal amount,
        BigDecimal weighted, BigDecimal won) {
}
