package org.rapport.loyalty.internal.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.loyalty.internal.TestLoyalty.day;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.loyalty.ExpiringPoints;
import org.rapport.loyalty.LifetimeTotals;
import org.rapport.loyalty.RewardDraft;
import org.rapport.loyalty.Statement;

/**
 * A statement {@code --at} a past day shows the ledger as it was on that day, hand-computed (program "Shop": 1
 * point/EUR, 14 pending days, 12 months expiry): what was spent, expired or earned later is not taken into account.
 */
class StatementAsOfTest extends OneMemberShop {

    @Test
    void aPastDayShowsThePointsBeforeLaterRedemptionsAndWithoutLaterPurchases() {
        shop.programs().addReward(shop.program.id(), new RewardDraft("BAG", "Bag", 120, null, null, null));
        shop.buy(ada, "2025-01-05", "100"); // available 01-19, usable through 2026-01-31
        shop.buy(ada, "2025-02-01", "50"); // available 02-15, through 2026-02-28
        assertTrue(shop.ledger().redeem(shop.program.id(), ada, "BAG", day("2025-03-10")).redeemed());
        shop.buy(ada, "2025-04-01", "70"); // pending until 04-15

        Statement before = statement("2025-02-20");
        assertEquals(150, before.available(), "the redemption of 03-10 had not happened yet");
        assertEquals(0, before.pending(), "the purchase of 04-01 had not happened yet");
        assertEquals(List.of(new ExpiringPoints(100, day("2026-01-31")), new ExpiringPoints(50, day("2026-02-28"))),
                before.expiring());
        assertEquals(new LifetimeTotals(150, 0, 0, 0), before.lifetime());
        assertEquals(150, before.earned12m());

        Statement after = statement("2025-04-01");
        assertEquals(30, after.available(), "100 of January and 20 of February went to the bag");
        assertEquals(70, after.pending());
        assertEquals(new LifetimeTotals(220, 120, 0, 0), after.lifetime());
    }

    @Test
    void aDayBeforeTheExpiryRunShowsTheExpiredLotStillUsable() {
        shop.buy(ada, "2025-01-10", "123"); // usable through 2026-01-31
        assertEquals(123, shop.ledger().expire(shop.program.id(), day("2026-02-01")).points());
        assertEquals(123, statement("2026-01-31").available(), "the run of 02-01 had not taken it yet");
        assertEquals(new LifetimeTotals(123, 0, 0, 0), statement("2026-01-31").lifetime());
        assertEquals(0, statement("2026-02-01").available());
        assertEquals(new LifetimeTotals(123, 0, 123, 0), statement("2026-02-01").lifetime());
    }
}
