package org.rapport.loyalty.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.core.timeline.TimelineEntry;
import org.rapport.core.timeline.TimelineQuery;
import org.rapport.loyalty.EntryType;
import org.rapport.loyalty.LedgerEntry;
import org.rapport.loyalty.RewardDraft;
import org.rapport.loyalty.RuleDraft;
import org.rapport.loyalty.RuleKind;
import org.rapport.loyalty.internal.timeline.LoyaltyTimelineAccess;

/** The daily run (expiry, birthdays, the review on the 1st, catching up) and the contact's timeline. */
class DailyRunAndTimelineTest {

    @TempDir
    Path folder;
    TestRules test;
    long ada;

    @BeforeEach
    void open() {
        test = new TestRules(folder);
        ada = test.shop.enroll(1, "2025-01-01");
    }

    @AfterEach
    void close() {
        test.close();
    }

    private DailyRun dailyRun() {
        return new DailyRun(test.unit, test.programs, test.ledger, test.rules,
                Clock.fixed(Instant.parse("2026-02-03T08:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void theDailyRunExpiresGivesBirthdaysReviewsOnTheFirstAndCatchesUpMissedDays() {
        test.births.put(ada, LocalDate.parse("1985-01-31"));
        test.rules.add(test.shop.id(), RuleDraft.bonus("Happy birthday", RuleKind.BIRTHDAY, 100));
        test.shop.buy(ada, "2025-01-10", "600"); // 600 points: Silver; usable through 2026-01-31
        DailyRun run = dailyRun();
        assertEquals(Optional.empty(), run.lastRun());

        assertEquals(List.of(LocalDate.parse("2026-01-30")), run.runThrough(LocalDate.parse("2026-01-30")),
                "a first run runs the day only");
        assertEquals(List.of(LocalDate.parse("2026-01-31"), LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-02"),
                LocalDate.parse("2026-02-03")), run.runThrough(LocalDate.parse("2026-02-03")), "the days missed since");
        assertEquals(List.of(), run.runThrough(LocalDate.parse("2026-02-03")), "a day runs once");

        assertEquals(Optional.of(LocalDate.parse("2026-02-03")), run.lastRun());
        assertEquals(LocalDate.parse("2026-02-04"), run.nextRun());
        assertEquals(List.of(100L), test.entries(ada, EntryType.BONUS).stream().map(LedgerEntry::points).toList(),
                "the birthday on the 31st");
        assertEquals(List.of(-600L), test.entries(ada, EntryType.EXPIRE).stream().map(LedgerEntry::points).toList(),
                "January 2025's lot expired after 2026-01-31");
        assertEquals("Member", test.ledger.statement(test.shop.id(), ada, LocalDate.parse("2026-02-03")).tier(),
                "the review of 1 February: 100 points earned in the year before, below Silver's 500");
    }

    @Test
    void theTimelineShowsEarnRedeemBonusAndTierChangesWithReasons() {
        LoyaltyTimelineAccess.recordTierChanges(test.unit, test.events);
        test.rules.add(test.shop.id(), RuleDraft.bonus("Thank you", RuleKind.SATISFIED_CASE, 250));
        test.programs.addReward(test.shop.id(), new RewardDraft("MUG", "Mug", 80, null, null, null));
        test.shop.buy(ada, "2025-01-10", "400");
        test.rules.onEvent(RuleKind.SATISFIED_CASE, ada, "42", null, null, LocalDate.parse("2025-02-01"));
        test.ledger.redeem(test.shop.id(), ada, "MUG", LocalDate.parse("2025-02-02"));

        List<TimelineEntry> entries = LoyaltyTimelineAccess.entries(test.unit, TimelineQuery.latest(ada));

        assertEquals(List.of("Redeemed 80 points in Shop", "Moved from Member to Silver in Shop",
                "Bonus of 250 points in Shop", "Earned 400 points in Shop"),
                entries.stream().map(TimelineEntry::title).toList());
        assertEquals("Thank you (satisfied complaint, case 42). Expires after 2026-02-28", entries.get(2).detail());
        assertTrue(entries.get(3).detail().contains("Available from 2025-01-24"), entries.get(3).detail());
        assertTrue(entries.get(3).detail().contains("Expires after 2026-01-31"), entries.get(3).detail());
        assertEquals("loyalty-redeem", entries.get(0).kind());
    }
}
