package org.rapport.loyalty.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.loyalty.Liability;
import org.rapport.loyalty.MonthFigures;
import org.rapport.loyalty.RewardDraft;
import org.rapport.loyalty.RuleDraft;
import org.rapport.loyalty.RuleKind;
import org.rapport.loyalty.RuleSimulation;
import org.rapport.loyalty.internal.stats.JpaLoyaltyStatistics;

/** The simulator over seen events and birthdays, and the dashboard's figures, against hand-computed cases. */
class SimulationAndStatisticsTest {

    @TempDir
    Path folder;
    TestRules test;
    long ada;
    long grace;

    @BeforeEach
    void open() {
        test = new TestRules(folder);
        ada = test.shop.enroll(1, "2025-01-01");
        grace = test.shop.enroll(2, "2025-01-01");
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void theSimulatorReplaysTheEventsSeenBeforeTheRuleExisted() {
        // seen while no rule of the kind existed: nothing awarded, but remembered
        test.rules.onEvent(RuleKind.DEAL_WON, ada, "1", new BigDecimal("1000"), "EUR", LocalDate.parse("2026-03-01"));
        test.rules.onEvent(RuleKind.DEAL_WON, ada, "2", new BigDecimal("5000"), "EUR", LocalDate.parse("2026-03-20"));
        test.rules.onEvent(RuleKind.DEAL_WON, grace, "3", new BigDecimal("250"), "EUR", LocalDate.parse("2026-02-10"));
        test.rules.onEvent(RuleKind.DEAL_WON, 77, "4", new BigDecimal("9999"), "EUR", LocalDate.parse("2026-03-05"));
        assertEquals(List.of(), test.entries(ada, org.rapport.loyalty.EntryType.BONUS));

        RuleDraft deal = RuleDraft.bonus("Deal", RuleKind.DEAL_WON, 50).perUnit(new BigDecimal("0.1"));
        RuleSimulation last30 = test.rules.simulate(test.shop.id(), deal, LocalDate.parse("2026-03-31"), 30);

        assertEquals(LocalDate.parse("2026-03-02"), last30.from());
        assertEquals(1, last30.awards(), "deal 1 is a day early, deal 3 too old, deal 4 no member's");
        assertEquals(50 + 500, last30.points());
        RuleSimulation last60 = test.rules.simulate(test.shop.id(), deal, LocalDate.parse("2026-03-31"), 60);
        assertEquals(3, last60.awards());
        assertEquals(2, last60.members());
        assertEquals((50 + 500) + (50 + 100) + (50 + 25), last60.points());
        assertEquals(550, last60.largest().get(0).points(), "biggest first");
        assertEquals(List.of(), test.entries(ada, org.rapport.loyalty.EntryType.BONUS), "a simulation writes nothing");
    }

    @Test
    void theSimulatorCountsBirthdaysInThePeriod() {
        test.births.put(ada, LocalDate.parse("1990-03-15"));
        test.births.put(grace, LocalDate.parse("1990-12-24"));
        RuleSimulation year = test.rules.simulate(test.shop.id(), RuleDraft.bonus("Birthday", RuleKind.BIRTHDAY, 100),
                LocalDate.parse("2026-03-31"), 365);
        assertEquals(2, year.awards());
        assertEquals(200, year.points());
    }

    @Test
    void monthFiguresAndLiabilityAddUpTheLedger() {
        JpaLoyaltyStatistics statistics = new JpaLoyaltyStatistics(test.unit, test.programs);
        test.programs.addReward(test.shop.id(), new RewardDraft("MUG", "Mug", 80, null, null, null));
        test.shop.buy(ada, "2025-01-10", "100.00"); // 100, available 01-24, usable through 2026-01-31
        test.shop.buy(ada, "2025-02-03", "40.50"); // 40
        test.shop.buy(grace, "2025-02-20", "300"); // 300, available 03-06
        test.ledger.redeem(test.shop.id(), ada, "MUG", LocalDate.parse("2025-02-25")); // 80 of the January lot
        test.ledger.adjust(test.shop.id(), grace, -30, "Goodwill taken back", "anna", LocalDate.parse("2025-03-10"));
        test.shop.buy(grace, "2026-01-10", "55"); // 55 (Grace earned 300 in the year before: Member), pending to 01-24

        Liability january = statistics.liability(test.shop.id(), LocalDate.parse("2026-01-15"));
        // Ada: 20 left of January's lot (usable through 01-31), 40 of February's; Grace: 270 and 55 pending
        assertEquals(330, january.available());
        assertEquals(55, january.pending());
        assertEquals(0, new BigDecimal("3.85").compareTo(january.value()), "385 points × 0.01 EUR");

        test.ledger.expire(test.shop.id(), LocalDate.parse("2026-02-01")); // the rest of January's lot: 20
        List<MonthFigures> months = statistics.months(test.shop.id(), YearMonth.parse("2025-01"), YearMonth.parse("2026-02"));
        assertEquals(14, months.size());
        assertEquals(new MonthFigures(YearMonth.parse("2025-01"), 100, 0, 0, 0), months.get(0));
        assertEquals(new MonthFigures(YearMonth.parse("2025-02"), 340, 80, 0, 0), months.get(1));
        assertEquals(new MonthFigures(YearMonth.parse("2025-03"), 0, 0, 0, 30), months.get(2));
        assertEquals(new MonthFigures(YearMonth.parse("2026-01"), 55, 0, 0, 0), months.get(12));
        assertEquals(new MonthFigures(YearMonth.parse("2026-02"), 0, 0, 20, 0), months.get(13));
        assertEquals(40 + 270 + 55, statistics.liability(test.shop.id(), LocalDate.parse("2026-02-01")).outstanding(),
                "January's 20 expired");
        assertEquals("EUR", january.currency());
    }
}
