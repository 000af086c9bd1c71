package org.rapport.pipeline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.pipeline.Forecast;
import org.rapport.pipeline.ForecastService;
import org.rapport.pipeline.ForecastTotal;
import org.rapport.pipeline.ui.PipelineUi;
import org.rapport.pipeline.ui.internal.forecast.ForecastView;
import org.rapport.ui.charts.ChartSeries;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/** The forecast chart shows what the service forecasts: per month the reps' weighted amounts, per rep weighted and won. */
@ExtendWith(ScreenshotOnFailure.class)
class ForecastChartTest {

    @Test
    void chartSeriesMatchTheServicesForecast() throws Exception {
        BoardDriver.open();
        ForecastView view = BoardDriver.view(UiTestSupport.page(), PipelineUi.FORECAST_VIEW_ID, ForecastView.class);
        UiTestSupport.spinUntil(() -> view.forecast() != null && !view.isReading(), () -> "the forecast has been read");
        Forecast expected = Services.get(ForecastService.class).forecast(view.query());
        String currency = view.currency();
        List<ForecastTotal> months = expected.byMonth().stream().filter(t -> t.currency().equals(currency)).toList();

        List<ChartSeries> byMonth = view.monthChart().series();
        assertFalse(byMonth.isEmpty(), "the demo data has reps with deals in the period");
        assertEquals(months.size(), view.monthChart().categories().size(), "one bar per month of the period");
        for (int m = 0; m < months.size(); m++) {
            double stacked = 0;
            for (ChartSeries rep : byMonth) {
                stacked += rep.values()[m];
            }
            assertEquals(months.get(m).weighted().doubleValue(), stacked, 0.005,
                    "the stacked bar of " + months.get(m).key() + " is the month's weighted forecast");
        }
        double total = byMonth.stream().mapToDouble(ChartSeries::total).sum();
        assertEquals(expected.weightedTotal(currency).doubleValue(), total, 0.01, "the chart adds up to the forecast");
        assertTrue(total > 0, "the demo forecast is not empty");

        List<ForecastTotal> owners = expected.byOwner().stream().filter(t -> t.currency().equals(currency)).toList();
        assertEquals(owners.stream().map(ForecastTotal::key).toList(), view.ownerChart().categories(), "one group per rep");
        ChartSeries weighted = view.ownerChart().series().get(0);
        ChartSeries won = view.ownerChart().series().get(1);
        for (int i = 0; i < owners.size(); i++) {
            assertEquals(owners.get(i).weighted().doubleValue(), weighted.values()[i], 0.005, "weighted of " + owners.get(i).key());
            assertEquals(owners.get(i).won().doubleValue(), won.values()[i], 0.005, "won of " + owners.get(i).key());
        }
        assertEquals(months.size(), view.monthTable().getItemCount(), "the table beside the chart has a row per month");
        assertTrue(view.stageTable().getItemCount() > 0, "win rate and time in stage per stage");
    }
}
