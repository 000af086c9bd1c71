package org.rapport.pipeline.ui.internal.forecast;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.rapport.pipeline.Forecast;
import org.rapport.pipeline.ForecastCell;
import org.rapport.pipeline.ForecastTotal;
import org.rapport.ui.charts.ChartSeries;

/**
 * The forecast of one currency as chart data: per month, the weighted amounts stacked by rep; per rep, the weighted
 * and the won amounts side by side.
 */
final class ForecastSeries {

    private ForecastSeries() {
    }

    /** The months of the period, in order. */
    static List<YearMonth> months(Forecast forecast) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = forecast.query().from(); !m.isAfter(forecast.query().to()); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** One series per rep (by name), one value per month: the weighted amounts in the currency. */
    static List<ChartSeries> weightedByMonthAndOwner(Forecast forecast, String currency) {
        List<YearMonth> months = months(forecast);
        Map<String, double[]> byOwner = new TreeMap<>();
        for (ForecastCell cell : forecast.cells()) {
            if (!cell.currency().equals(currency)) {
                continue;
            }
            int index = months.indexOf(cell.month());
            if (index >= 0) {
                byOwner.computeIfAbsent(cell.owner(), o -> new double[months.size()])[index] += cell.weighted().doubleValue();
            }
        }
        List<ChartSeries> series = new ArrayList<>();
        byOwner.forEach((owner, values) -> series.add(new ChartSeries(owner.isEmpty() ? "(no owner)" : owner, values)));
        return series;
    }

    /** The reps with deals in the currency, by name. */
    static List<ForecastTotal> owners(Forecast forecast, String currency) {
        return forecast.byOwner().stream().filter(t -> t.currency().equals(currency)).toList();
    }

    /** Two series over the reps of {@link #owners}: weighted, and won. */
    static List<ChartSeries> weightedAndWonByOwner(Forecast forecast, String currency) {
        List<ForecastTotal> owners = owners(forecast, currency);
        double[] weighted = new double[owners.size()];
        double[] won = new double[owners.size()];
        for (int i = 0; i < owners.size(); i++) {
            weighted[i] = owners.get(i).weighted().doubleValue();
            won[i] = owners.get(i).won().doubleValue();
        }
        return List.of(new ChartSeries("Weighted", weighted), new ChartSeries("Won", won));
    }

    /** The currency with the largest weighted total (what the charts show first), or EUR when there is none. */
    static String mainCurrency(Forecast forecast) {
        String best = "EUR";
        BigDecimal most = null;
        for (String currency : forecast.currencies()) {
            BigDecimal total = forecast.weightedTotal(currency);
            if (most == null || total.compareTo(most) > 0) {
                most = total;
                best = currency;
            }
        }
        return best;
    }
}
