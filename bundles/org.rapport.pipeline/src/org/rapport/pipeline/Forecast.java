package org.rapport.pipeline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The weighted forecast of a period: cells per month, rep and currency, summed by the database; totals by month and by
 * rep derived from them.
 *
 * @param query what it covers
 * @param cells the grouped rows, by month, then owner, then currency
 */
public record Forecast(ForecastQuery query, List<ForecastCell> cells) {

    /** Copies the cells. */
    public Forecast {
        cells = List.copyOf(cells);
    }

    /** Totals per month and currency, every month of the period included (zero when empty), in month order. */
    public List<ForecastTotal> byMonth() {
        Map<String, ForecastTotal> totals = new LinkedHashMap<>();
        for (var month = query.from(); !month.isAfter(query.to()); month = month.plusMonths(1)) {
            for (String currency : currencies()) {
                String key = month.toString();
                totals.put(key + "|" + currency, new ForecastTotal(key, currency, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
            }
        }
        return sum(totals, cell -> cell.month().toString());
    }

    /** Totals per rep and currency, by rep. */
    public List<ForecastTotal> byOwner() {
        List<ForecastTotal> totals = sum(new LinkedHashMap<>(), ForecastCell::owner);
        return totals.stream().sorted(Comparator.comparing(ForecastTotal::key).thenComparing(ForecastTotal::currency)).toList();
    }

    /** The currencies that occur, sorted. */
    public List<String> currencies() {
        return cells.stream().map(ForecastCell::currency).distinct().sorted().toList();
    }

    /** The weighted total of one currency over the whole period. */
    public BigDecimal weightedTotal(String currency) {
        return cells.stream().filter(c -> c.currency().equals(currency)).map(ForecastCell::weighted)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private List<ForecastTotal> sum(Map<String, ForecastTotal> totals, Function<ForecastCell, String> key) {
        for (ForecastCell cell : cells) {
            String k = key.apply(cell);
            ForecastTotal old = totals.getOrDefault(k + "|" + cell.currency(),
                    new ForecastTotal(k, cell.currency(), 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
            totals.put(k + "|" + cell.currency(), new ForecastTotal(k, cell.currency(), old.count() + cell.count(),
                    old.amount().add(cell.amount()), old.weighted().add(cell.weighted()), old.won().add(cell.won())));
        }
        return new ArrayList<>(totals.values());
    }
}
