package org.rapport.pipeline.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.pipeline.Forecast;
import org.rapport.pipeline.ForecastQuery;
import org.rapport.pipeline.ForecastTotal;
import org.rapport.pipeline.Opportunity;
import org.rapport.pipeline.Pipeline;
import org.rapport.pipeline.StageStatistics;

/** The weighted forecast and the stage statistics against figures worked out by hand. */
class ForecastTest {

    @TempDir
    Path workspace;
    private TestPipeline test;

    @BeforeEach
    void open() {
        test = new TestPipeline(workspace);
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void weightedForecastByMonthAndOwnerMatchesTheHandComputedFigures() {
        Pipeline p = test.newBusiness();
        // January: 10,000 x 10% (anna) + 20,000 x 50% (ben) = 1,000 + 10,000 = 11,000
        test.deal("A", "Lead", "10000", "EUR", "anna", LocalDate.of(2026, 1, 15));
        Opportunity b = test.deal("B", "Proposal", "20000", "EUR", "ben", LocalDate.of(2026, 1, 20));
        // February: 5,000 x 80% override (anna) = 4,000; 8,000 won today (ben) = 8,000; 7,000 lost (ben) = 0
        Opportunity c = test.deal("C", "Lead", "5000", "EUR", "anna", LocalDate.of(2026, 2, 3));
        c.setProbabilityOverride(80);
        test.opportunities.save(c);
        Opportunity d = test.deal("D", "Negotiation", "8000", "EUR", "ben", LocalDate.of(2026, 6, 30));
        test.opportunities.moveToStage(d.getId(), d.getVersion(), p.wonStage().id(), null); // closes 2026-02-10
        Opportunity e = test.deal("E", "Negotiation", "7000", "EUR", "ben", LocalDate.of(2026, 2, 25));
        test.opportunities.moveToStage(e.getId(), e.getVersion(), p.lostStage().id(), "No budget");
        // February, dollars: 3,333.33 x 75% = 2,499.9975 -> 2,500.00
        test.deal("F", "Negotiation", "3333.33", "USD", "anna", LocalDate.of(2026, 2, 28));
        // outside the period
        test.deal("G", "Proposal", "99000", "EUR", "anna", LocalDate.of(2026, 4, 1));
        test.deal("H", "Proposal", "99000", "EUR", "anna", null);

        Forecast forecast = test.forecasts.forecast(ForecastQuery.months(YearMonth.of(2026, 1), YearMonth.of(2026, 3)));

        assertEquals(List.of(
                total("2026-01", "EUR", 2, "30000.00", "11000.00", "0"),
                total("2026-01", "USD", 0, "0", "0", "0"),
                total("2026-02", "EUR", 3, "20000.00", "12000.00", "8000.00"),
                total("2026-02", "USD", 1, "3333.33", "2500.00", "0.00"),
                total("2026-03", "EUR", 0, "0", "0", "0"),
                total("2026-03", "USD", 0, "0", "0", "0")), normalized(forecast.byMonth()));
        assertEquals(List.of(
                total("anna", "EUR", 2, "15000.00", "5000.00", "0.00"),
                total("anna", "USD", 1, "3333.33", "2500.00", "0.00"),
                total("ben", "EUR", 3, "35000.00", "18000.00", "8000.00")), normalized(forecast.byOwner()));
        assertEquals(new BigDecimal("23000.00"), forecast.weightedTotal("EUR"));

        Forecast annaOnly = test.forecasts.forecast(new ForecastQuery(YearMonth.of(2026, 1), YearMonth.of(2026, 3), p.id(), "anna"));
        assertEquals(new BigDecimal("5000.00"), annaOnly.weightedTotal("EUR"));

        test.unit.write(em -> {
            ForecastCells.rebuild(em, null);
            return null;
        });
        assertEquals(forecast.cells(), test.forecasts.forecast(forecast.query()).cells(),
                "the cells each write kept up to date equal the cells recomputed from the deals");

        test.opportunities.delete(List.of(b.getId()));
        assertEquals(new BigDecimal("13000.00"), test.forecasts.forecast(forecast.query()).weightedTotal("EUR"),
                "a deleted deal leaves the forecast");
    }

    private static ForecastTotal total(String key, String currency, int count, String amount, String weighted, String won) {
        return new ForecastTotal(key, currency, count, new BigDecimal(amount).setScale(2), new BigDecimal(weighted).setScale(2),
                new BigDecimal(won).setScale(2));
    }

    private static List<ForecastTotal> normalized(List<ForecastTotal> totals) {
        return totals.stream().map(t -> new ForecastTotal(t.key(), t.currency(), t.count(), t.amount().setScale(2),
                t.weighted().setScale(2), t.won().setScale(2))).toList();
    }

    @Test
    void winRateAndTimeInStageComeFromTheHistory() {
        Pipeline p = test.newBusiness();
        long qualified = test.stage(p, "Qualified");
        // one deal spends 2 days in Lead, then 1 day in Qualified, then is won
        test.clock.set(Instant.parse("2026-01-01T00:00:00Z"));
        Opportunity won = test.deal("won", "Lead", "1000", "EUR", "anna", null);
        test.clock.set(Instant.parse("2026-01-03T00:00:00Z"));
        won = test.opportunities.moveToStage(won.getId(), won.getVersion(), qualified, null).opportunity();
        test.clock.set(Instant.parse("2026-01-04T00:00:00Z"));
        test.opportunities.moveToStage(won.getId(), won.getVersion(), p.wonStage().id(), null);
        // another spends 4 days in Lead and is lost from there
        test.clock.set(Instant.parse("2026-01-01T00:00:00Z"));
        Opportunity lost = test.deal("lost", "Lead", "1000", "EUR", "anna", null);
        test.clock.set(Instant.parse("2026-01-05T00:00:00Z"));
        test.opportunities.moveToStage(lost.getId(), lost.getVersion(), p.lostStage().id(), "Price");
        // an open one does not count for the win rate
        test.deal("open", "Lead", "1000", "EUR", "anna", null);

        List<StageStatistics> statistics = test.forecasts.stageStatistics(p.id());

        StageStatistics lead = statistics.get(0);
        assertEquals(2, lead.closedThrough());
        assertEquals(0.5, lead.winRate(), 1e-9);
        assertEquals(3.0, lead.averageDaysInStage(), 1e-9, "(2 + 4) / 2 days");
        StageStatistics q = statistics.get(1);
        assertEquals(1.0, q.winRate(), 1e-9);
        assertEquals(1.0, q.averageDaysInStage(), 1e-9);
        assertTrue(Double.isNaN(statistics.get(2).winRate()), "nobody closed through Proposal yet");
    }
}
