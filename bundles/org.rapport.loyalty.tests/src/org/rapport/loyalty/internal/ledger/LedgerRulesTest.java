package org.rapport.loyalty.internal.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.loyalty.internal.TestLoyalty.day;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rapport.loyalty.EntryType;
import org.rapport.loyalty.ExpiringPoints;
import org.rapport.loyalty.ExpiryRun;
import org.rapport.loyalty.LedgerEntry;
import org.rapport.loyalty.LifetimeTotals;
import org.rapport.loyalty.LoyaltyException;
import org.rapport.loyalty.Redemption;
import org.rapport.loyalty.RefundResult;
import org.rapport.loyalty.RewardDraft;
import org.rapport.loyalty.Statement;

/** The rules against hand-computed cases (program "Shop": 1 point/EUR, 14 pending days, 12 months expiry). */
class LedgerRulesTest extends OneMemberShop {

    @Test
    void aPurchaseEarnsTheAmountRoundedDownAndIsPendingForFourteenDays() {
        shop.buy(ada, "2025-01-10", "123.99");
        assertEquals(0, statement("2025-01-10").available());
        assertEquals(123, statement("2025-01-10").pending());
        assertEquals(123, statement("2025-01-23").pending(), "still pending on the 13th day");
        assertEquals(123, statement("2025-01-24").available(), "available on purchase date + 14 days");
        assertEquals(0, statement("2025-01-24").pending());
    }

    @Test
    void aLotExpiresAtTheEndOfTheMonthTwelveMonthsAfterItsMonth() {
        shop.buy(ada, "2025-01-10", "123");
        assertEquals(List.of(new ExpiringPoints(123, day("2026-01-31"))), statement("2025-06-01").expiring());
        assertEquals(123, statement("2026-01-31").available(), "usable through 2026-01-31");
        ExpiryRun none = shop.ledger().expire(shop.program.id(), day("2026-01-31"));
        assertEquals(0, none.points());
        assertEquals(0, statement("2026-02-01").available(), "no longer usable on 2026-02-01, even before the run");
        ExpiryRun run = shop.ledger().expire(shop.program.id(), day("2026-02-01"));
        assertEquals(1, run.members());
        assertEquals(123, run.points());
        assertEquals(0, shop.ledger().expire(shop.program.id(), day("2026-02-01")).points(), "a second run finds nothing");
        Statement after = statement("2026-02-01");
        assertEquals(new LifetimeTotals(123, 0, 123, 0), after.lifetime());
        assertEquals(List.of(), after.expiring());
        assertEquals(EntryType.EXPIRE, shop.ledger().ledger(shop.program.id(), ada, 0, 1).rows().get(0).type());
    }

    @Test
    void aRedemptionTakesTheOldestAvailableLotsFirstAndNeverPendingOnes() {
        shop.programs().addReward(shop.program.id(), new RewardDraft("BAG", "Bag", 120, null, null, null));
        shop.buy(ada, "2025-01-05", "100"); // available 01-19, usable through 2026-01-31
        shop.buy(ada, "2025-02-01", "50"); // available 02-15, through 2026-02-28
        shop.buy(ada, "2025-03-01", "70"); // pending until 03-15, through 2026-03-31
        Redemption bag = shop.ledger().redeem(shop.program.id(), ada, "BAG", day("2025-03-10"));
        assertTrue(bag.redeemed(), () -> bag.refusal());
        assertEquals(-120, bag.entry().points());
        Statement after = statement("2025-03-10");
        assertEquals(30, after.available());
        assertEquals(70, after.pending());
        assertEquals(List.of(new ExpiringPoints(30, day("2026-02-28")), new ExpiringPoints(70, day("2026-03-31"))),
                after.expiring(), "100 from the January lot, then 20 of the February lot");
        long entries = shop.ledger().ledger(shop.program.id(), ada, 0, 10).total();
        Redemption refused = shop.ledger().redeem(shop.program.id(), ada, "BAG", day("2025-03-10"));
        assertFalse(refused.redeemed());
        assertTrue(refused.refusal().contains("30 available"), refused.refusal());
        assertEquals(entries, shop.ledger().ledger(shop.program.id(), ada, 0, 10).total(), "a refusal writes nothing");
        assertEquals(30, statement("2025-03-10").available());
    }

    @Test
    void pendingPointsCannotBeRedeemed() {
        shop.programs().addReward(shop.program.id(), new RewardDraft("PEN", null, 10, null, null, null));
        shop.buy(ada, "2025-01-10", "500");
        assertFalse(shop.ledger().redeem(shop.program.id(), ada, "PEN", day("2025-01-23")).redeemed());
        assertTrue(shop.ledger().redeem(shop.program.id(), ada, "PEN", day("2025-01-24")).redeemed());
    }

    @Test
    void aRewardOutOfStockIsRefusedAndTakesNoPoints() {
        shop.programs().addReward(shop.program.id(), new RewardDraft("MUG", "Mug", 10, 1, null, null));
        shop.buy(ada, "2025-01-01", "100");
        assertTrue(shop.ledger().redeem(shop.program.id(), ada, "MUG", day("2025-02-01")).redeemed());
        Redemption second = shop.ledger().redeem(shop.program.id(), ada, "MUG", day("2025-02-01"));
        assertEquals(Optional.of("reward MUG is out of stock"), second.refused());
        assertEquals(90, statement("2025-02-01").available());
        assertEquals(0, shop.programs().reward(shop.program.id(), "MUG").orElseThrow().stock());
    }

    @Test
    void aRefundCancelsItsShareRoundedDownFromThePurchaseLot() {
        String purchase = shop.buy(ada, "2025-01-05", "100");
        RefundResult refund = shop.refund(ada, "2025-01-06", "33.33", purchase);
        assertEquals(33, refund.share());
        assertEquals(33, refund.fromPurchase());
        assertEquals(0, refund.shortfall());
        assertEquals(67, statement("2025-01-06").pending());
        assertEquals(67, statement("2025-01-06").earned12m(), "cancellations are subtracted from the tier points");
        RefundResult rest = shop.refund(ada, "2025-01-07", "66.67", purchase);
        assertEquals(67, rest.share(), "refunds that add up to the purchase cancel all of its points");
        assertEquals(0, statement("2025-01-07").pending());
        assertThrows(LoyaltyException.class, () -> shop.refund(ada, "2025-01-08", "0.01", purchase),
                "nothing is left to refund");
    }

    @Test
    void aRefundOfSpentPointsTakesFromOtherPointsOldestFirstAndReportsTheShortfall() {
        shop.programs().addReward(shop.program.id(), new RewardDraft("TV", null, 250, null, null, null));
        String first = shop.buy(ada, "2025-01-05", "200");
        shop.buy(ada, "2025-01-06", "100");
        assertTrue(shop.ledger().redeem(shop.program.id(), ada, "TV", day("2025-02-01")).redeemed());
        // left: 50 of the second purchase; refunding half of the first cancels 100 points, all of them spent
        RefundResult refund = shop.refund(ada, "2025-02-02", "100", first);
        assertEquals(100, refund.share());
        assertEquals(0, refund.fromPurchase());
        assertEquals(50, refund.fromOthers());
        assertEquals(50, refund.shortfall());
        assertEquals(-50, refund.entry().points());
        Statement after = statement("2025-02-02");
        assertEquals(0, after.available(), "a balance never goes below zero");
        assertEquals(new LifetimeTotals(300, 250, 0, 50), after.lifetime());
        assertEquals(200, after.earned12m(), "300 earned less the 100 cancelled");
    }

    @Test
    void anUpgradeComesRightAfterThePurchaseThatReachesTheThresholdWhichEarnsAtTheOldMultiplier() {
        shop.buy(ada, "2025-01-10", "400");
        assertEquals("Member", statement("2025-01-10").tier());
        var reaching = shop.ledger().earn(new org.rapport.loyalty.Purchase(shop.program.id(), ada, day("2025-02-10"),
                new java.math.BigDecimal("200"), "EUR", "REACH"));
        assertEquals(200, reaching.entry().points(), "earned at Member's ×1");
        assertEquals(Optional.of("Silver"), reaching.upgrade());
        shop.buy(ada, "2025-02-11", "100.99");
        Statement silver = statement("2025-02-11");
        assertEquals("Silver", silver.tier());
        assertEquals(400 + 200 + 151, silver.earned12m(), "⌊100.99 × 1.5⌋ = 151");
        assertEquals("Gold", silver.nextTier());
        assertEquals(2000 - 751, silver.toNextTier());
    }

    @Test
    void anUpgradeMaySkipATierAndCountsPendingPoints() {
        var big = shop.ledger().earn(new org.rapport.loyalty.Purchase(shop.program.id(), ada, day("2025-03-03"),
                new java.math.BigDecimal("2500"), "EUR", "BIG"));
        assertEquals(2500, big.entry().points());
        assertEquals(Optional.of("Gold"), big.upgrade(), "the pending points of the purchase count");
    }

    @Test
    void theMonthlyReviewDowngradesOneTierWhenTheYearBeforeTheReviewIsBelowTheThreshold() {
        shop.buy(ada, "2025-01-10", "400");
        shop.buy(ada, "2025-02-10", "200"); // reaches Silver (600)
        shop.buy(ada, "2025-02-11", "100"); // 150 at ×1.5
        assertEquals(0, shop.ledger().review(shop.program.id(), day("2025-03-01")).downgraded());
        // on 2026-01-01 the window is 2025-01-01..2025-12-31: 750, kept
        assertEquals(0, shop.ledger().review(shop.program.id(), day("2026-01-01")).downgraded());
        // on 2026-02-01 the window is 2025-02-01..2026-01-31: 350 < 500
        var review = shop.ledger().review(shop.program.id(), day("2026-02-01"));
        assertEquals(1, review.reviewed());
        assertEquals(1, review.downgraded());
        assertEquals("Member", statement("2026-02-01").tier());
        assertEquals(0, shop.ledger().review(shop.program.id(), day("2026-02-01")).reviewed(), "once a day");
        assertThrows(LoyaltyException.class, () -> shop.ledger().review(shop.program.id(), day("2026-02-02")));
    }

    @Test
    void aDowngradeIsOneTierAtATime() {
        shop.buy(ada, "2025-01-10", "2000"); // Gold
        assertEquals("Gold", statement("2025-01-10").tier());
        shop.ledger().review(shop.program.id(), day("2026-02-01")); // window 2025-02-01..2026-01-31: 0
        assertEquals("Silver", statement("2026-02-01").tier());
        shop.ledger().review(shop.program.id(), day("2026-03-01"));
        assertEquals("Member", statement("2026-03-01").tier());
    }

    @Test
    void theReviewDayItselfDoesNotCount() {
        shop.buy(ada, "2025-01-10", "600"); // Silver
        shop.buy(ada, "2026-02-01", "600"); // on the review day
        // window 2025-02-01..2026-01-31 holds nothing: the purchase of the review day is outside it
        assertEquals(1, shop.ledger().review(shop.program.id(), day("2026-02-01")).downgraded());
    }

    @Test
    void bonusPointsAreAwardedOncePerSourceAndAreAvailableAtOnce() {
        Optional<LedgerEntry> bonus = shop.ledger().award(shop.program.id(), ada, 50, "Satisfied complaint",
                day("2025-04-01"), "case:7");
        assertTrue(bonus.isPresent());
        assertEquals(EntryType.BONUS, bonus.get().type());
        assertTrue(shop.ledger().award(shop.program.id(), ada, 50, "Satisfied complaint", day("2025-04-02"), "case:7")
                .isEmpty());
        assertEquals(50, statement("2025-04-01").available());
        assertEquals(50, statement("2025-04-01").earned12m());
    }

    @Test
    void anAdjustmentNeedsAReasonAndAUserAndCannotOverdraw() {
        assertThrows(LoyaltyException.class, () -> shop.ledger().adjust(shop.program.id(), ada, 10, " ", "ops",
                day("2025-01-02")));
        assertThrows(LoyaltyException.class, () -> shop.ledger().adjust(shop.program.id(), ada, 10, "goodwill", "",
                day("2025-01-02")));
        LedgerEntry plus = shop.ledger().adjust(shop.program.id(), ada, 40, "goodwill", "ops", day("2025-01-02"));
        assertEquals("ops", plus.user());
        assertEquals("goodwill", plus.reason());
        assertEquals(40, statement("2025-01-02").available(), "an adjustment is available at once");
        assertThrows(LoyaltyException.class, () -> shop.ledger().adjust(shop.program.id(), ada, -41, "typo", "ops",
                day("2025-01-02")));
        shop.ledger().adjust(shop.program.id(), ada, -15, "typo", "ops", day("2025-01-03"));
        Statement after = statement("2025-01-03");
        assertEquals(25, after.available());
        assertEquals(0, after.earned12m(), "adjustments do not count for tiers");
        assertEquals(new LifetimeTotals(40, 0, 0, 15), after.lifetime());
    }

    @Test
    void aPurchaseInAnotherCurrencyOrWithAReusedReferenceIsRefused() {
        shop.buy(ada, "2025-01-10", "10");
        assertThrows(LoyaltyException.class, () -> shop.ledger().earn(new org.rapport.loyalty.Purchase(shop.program.id(),
                ada, day("2025-01-10"), java.math.BigDecimal.TEN, "USD", "X1")));
        assertThrows(LoyaltyException.class, () -> shop.ledger().earn(new org.rapport.loyalty.Purchase(shop.program.id(),
                ada, day("2025-01-10"), java.math.BigDecimal.TEN, "EUR", "R1")));
        assertThrows(LoyaltyException.class, () -> shop.ledger().earn(new org.rapport.loyalty.Purchase(shop.program.id(),
                99, day("2025-01-10"), java.math.BigDecimal.TEN, "EUR", "X2")), "not a member");
    }
}
