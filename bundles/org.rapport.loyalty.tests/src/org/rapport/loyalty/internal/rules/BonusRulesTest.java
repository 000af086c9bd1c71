package org.rapport.loyalty.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.loyalty.EarningRule;
import org.rapport.loyalty.EntryType;
import org.rapport.loyalty.LedgerEntry;
import org.rapport.loyalty.LoyaltyException;
import org.rapport.loyalty.RuleDraft;
import org.rapport.loyalty.RuleKind;

/** Bonus rules against hand-computed cases: once per event and member, validity dates, segments, paused rules, birthdays. */
class BonusRulesTest {

    private static final LocalDate DAY = LocalDate.parse("2026-03-15");

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
    void aSatisfiedComplaintGivesItsBonusOnceAvailableAtOnceWithTheRuleAsReason() {
        test.rules.add(test.shop.id(), RuleDraft.bonus("Thank you", RuleKind.SATISFIED_CASE, 250));

        assertEquals(250, test.rules.onEvent(RuleKind.SATISFIED_CASE, ada, "42", null, null, DAY));
        assertEquals(0, test.rules.onEvent(RuleKind.SATISFIED_CASE, ada, "42", null, null, DAY),
                "the same case told again gives nothing");
        assertEquals(250, test.rules.onEvent(RuleKind.SATISFIED_CASE, ada, "43", null, null, DAY), "another case does");
        assertEquals(0, test.rules.onEvent(RuleKind.SATISFIED_CASE, 99, "44", null, null, DAY), "not a member");

        List<LedgerEntry> bonuses = test.entries(ada, EntryType.BONUS);
        assertEquals(List.of(250L, 250L), bonuses.stream().map(LedgerEntry::points).toList());
        assertEquals("Thank you (satisfied complaint, case 42)", bonuses.get(0).reason());
        assertEquals(500, test.available(ada, "2026-03-15"), "bonus points are available on the day");
        assertEquals(500, test.ledger.statement(test.shop.id(), ada, DAY).earned12m(), "and count for tiers");
        assertEquals("Silver", test.ledger.statement(test.shop.id(), ada, DAY).tier(), "500 points reach Silver");
    }

    @Test
    void aWonDealGivesItsPointsPlusItsAmountPerUnitInTheProgramsCurrencyOnly() {
        test.rules.add(test.shop.id(), RuleDraft.bonus("Deal", RuleKind.DEAL_WON, 100).perUnit(new BigDecimal("0.01")));

        // 100 + ⌊12,500.50 × 0.01⌋ = 100 + 125
        assertEquals(225, test.rules.onEvent(RuleKind.DEAL_WON, ada, "7", new BigDecimal("12500.50"), "EUR", DAY));
        // a deal in dollars: the fixed part only (Rapport never converts currencies)
        assertEquals(100, test.rules.onEvent(RuleKind.DEAL_WON, grace, "8", new BigDecimal("9000"), "USD", DAY));
        assertEquals(0, test.rules.onEvent(RuleKind.SATISFIED_CASE, ada, "7", null, null, DAY), "no rule of that kind");
    }

    @Test
    void aRuleAppliesOnlyInsideItsDatesWhileActiveAndToItsSegment() {
        test.segments.put(500L, new long[] { grace });
        EarningRule dated = test.rules.add(test.shop.id(), RuleDraft.bonus("Spring", RuleKind.AMBASSADOR, 300)
                .validBetween(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31")));
        test.rules.add(test.shop.id(), RuleDraft.bonus("VIP ambassador", RuleKind.AMBASSADOR, 50).forSegment(500, "VIP"));

        assertEquals(0, test.rules.onEvent(RuleKind.AMBASSADOR, ada, "m1", null, null, LocalDate.parse("2026-02-28")));
        assertEquals(300, test.rules.onEvent(RuleKind.AMBASSADOR, ada, "m2", null, null, LocalDate.parse("2026-03-01")));
        assertEquals(350, test.rules.onEvent(RuleKind.AMBASSADOR, grace, "m3", null, null, LocalDate.parse("2026-03-31")),
                "Grace is in the VIP segment: both rules");
        assertEquals(0, test.rules.onEvent(RuleKind.AMBASSADOR, ada, "m4", null, null, LocalDate.parse("2026-04-01")));

        test.rules.setActive(dated.id(), false);
        assertEquals(0, test.rules.onEvent(RuleKind.AMBASSADOR, ada, "m5", null, null, DAY), "paused");
        test.rules.setActive(dated.id(), true);
        assertEquals(300, test.rules.onEvent(RuleKind.AMBASSADOR, ada, "m6", null, null, DAY), "resumed");
    }

    @Test
    void birthdaysAreAwardedOnTheDayOnceAndTheTwentyNinthOfFebruaryOnTheTwentyEighth() {
        test.births.put(ada, LocalDate.parse("1990-03-15"));
        test.births.put(grace, LocalDate.parse("1992-02-29"));
        test.rules.add(test.shop.id(), RuleDraft.bonus("Happy birthday", RuleKind.BIRTHDAY, 100));

        assertEquals(0, test.rules.birthdays(test.shop.id(), LocalDate.parse("2026-03-14")));
        assertEquals(100, test.rules.birthdays(test.shop.id(), DAY));
        assertEquals(0, test.rules.birthdays(test.shop.id(), DAY), "a re-run of the day gives nothing more");
        assertEquals(100, test.rules.birthdays(test.shop.id(), LocalDate.parse("2026-02-28")), "Grace, not a leap year");
        assertEquals(0, test.rules.birthdays(test.shop.id(), LocalDate.parse("2028-02-28")), "a leap year: on the 29th");
        assertEquals(100, test.rules.birthdays(test.shop.id(), LocalDate.parse("2028-02-29")));
        assertEquals(List.of("Happy birthday (birthday 2026)"), test.entries(ada, EntryType.BONUS).stream()
                .map(LedgerEntry::reason).toList());
    }

    @Test
    void invalidRulesAreRefusedWithEveryReason() {
        LoyaltyException refused = assertThrows(LoyaltyException.class, () -> test.rules.add(test.shop.id(),
                new RuleDraft(" ", RuleKind.SATISFIED_CASE, null, null, 0, new BigDecimal("2"), LocalDate.parse("2026-05-01"),
                        LocalDate.parse("2026-04-01"), null, null)));
        assertEquals("A rule needs a name. Points per unit of an amount only apply to won deals."
                + " The rule ends (2026-04-01) before it starts (2026-05-01).", refused.getMessage());
        assertEquals(List.of("A category rule needs the category, as the import's category column names it.",
                "The category's multiplier must be above 0, not 0."),
                test.rules.problems(RuleDraft.category("Books", " ", BigDecimal.ZERO)));
        assertTrue(test.rules.rules(test.shop.id()).isEmpty(), "nothing was saved");
    }

    @Test
    void rulesAreListedChangedAndDeletedKeepingTheirAwards() {
        EarningRule rule = test.rules.add(test.shop.id(), RuleDraft.bonus("Thanks", RuleKind.SATISFIED_CASE, 100));
        test.rules.add(test.shop.id(), RuleDraft.category("Books", "books", new BigDecimal("2")));
        test.rules.onEvent(RuleKind.SATISFIED_CASE, ada, "1", null, null, DAY);

        EarningRule changed = test.rules.update(rule.id(), RuleDraft.bonus("Thank you", RuleKind.SATISFIED_CASE, 150));
        assertEquals(150, test.rules.onEvent(RuleKind.SATISFIED_CASE, ada, "2", null, null, DAY));
        assertEquals(List.of(RuleKind.CATEGORY, RuleKind.SATISFIED_CASE),
                test.rules.rules(test.shop.id()).stream().map(EarningRule::kind).toList());
        assertEquals("Thank you", changed.name());

        test.rules.delete(rule.id());
        assertEquals(1, test.rules.rules(test.shop.id()).size());
        assertEquals(List.of(100L, 150L), test.entries(ada, EntryType.BONUS).stream().map(LedgerEntry::points).toList(),
                "the awards stay on the ledger");
    }
}
