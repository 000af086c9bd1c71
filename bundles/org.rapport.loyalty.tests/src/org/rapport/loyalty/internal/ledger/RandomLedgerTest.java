package org.rapport.loyalty.internal.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.loyalty.LoyaltyException;
import org.rapport.loyalty.Purchase;
import org.rapport.loyalty.Refund;
import org.rapport.loyalty.RewardDraft;
import org.rapport.loyalty.Statement;
import org.rapport.loyalty.internal.TestLoyalty;

/** Balances are derived: after many random operations every balance still equals its ledger. */
class RandomLedgerTest {

    @TempDir
    Path folder;

    @Test
    void balancesEqualTheLedgerAfterRandomOperations() {
        Random random = new Random(20251207);
        try (TestLoyalty shop = new TestLoyalty(folder, 7, 3)) {
            long programId = shop.program.id();
            shop.programs().addReward(programId, new RewardDraft("S", null, 25, null, null, null));
            shop.programs().addReward(programId, new RewardDraft("L", null, 180, 15, null, null));
            int members = 6;
            for (long p = 1; p <= members; p++) {
                shop.enroll(p, "2024-01-01");
            }
            Map<String, Long> purchases = new HashMap<>();
            List<String> references = new ArrayList<>();
            LocalDate day = LocalDate.of(2024, 1, 1);
            int refusals = 0;
            for (int op = 0; op < 400; op++) {
                day = day.plusDays(random.nextInt(3));
                long person = 1 + random.nextInt(members);
                int kind = random.nextInt(10);
                try {
                    if (kind < 4) {
                        String ref = "P" + op;
                        shop.ledger().earn(new Purchase(programId, person, day, BigDecimal.valueOf(random.nextInt(30000), 2),
                                "EUR", ref));
                        purchases.put(ref, person);
                        references.add(ref);
                    } else if (kind < 6) {
                        if (!shop.ledger().redeem(programId, person, random.nextBoolean() ? "S" : "L", day).redeemed()) {
                            refusals++;
                        }
                    } else if (kind == 6 && !references.isEmpty()) {
                        String ref = references.get(random.nextInt(references.size()));
                        shop.ledger().refund(new Refund(programId, purchases.get(ref), day,
                                BigDecimal.valueOf(1 + random.nextInt(5000), 2), "EUR", "F" + op, ref));
                    } else if (kind == 7) {
                        shop.ledger().adjust(programId, person, random.nextInt(61) - 30 | 1, "random", "test", day);
                    } else if (kind == 8) {
                        shop.ledger().award(programId, person, 1 + random.nextInt(40), "bonus", day, "bonus:" + op);
                    } else if (day.getDayOfMonth() == 1) {
                        shop.ledger().review(programId, day);
                    } else {
                        shop.ledger().expire(programId, day);
                    }
                } catch (LoyaltyException refused) {
                    refusals++; // over-refunds and overdrawing adjustments are refused, nothing written
                }
            }
            assertTrue(refusals > 0, "the mix includes refused operations");
            LedgerInvariants.check(shop);
            for (long p = 1; p <= members; p++) {
                Statement s = shop.ledger().statement(programId, p, day);
                var life = s.lifetime();
                assertEquals(life.earned() - life.redeemed() - life.expired() - life.cancelled(),
                        s.available() + s.pending() + expiredButNotRun(shop, p, day), "member " + p);
                assertTrue(s.available() >= 0 && s.pending() >= 0);
            }
        }
    }

    /** Points past their last day that no expiry run has taken yet: held, but neither available nor pending. */
    private static long expiredButNotRun(TestLoyalty shop, long person, LocalDate day) {
        return shop.loyalty.unit().read(em -> ((Number) em.createNativeQuery("SELECT COALESCE(SUM(l.REMAINING), 0)"
                + " FROM LOY_LOT l JOIN LOY_MEMBER m ON m.ID = l.MEMBER_ID WHERE m.PERSON_ID = ? AND l.EXPIRES_ON < ?")
                .setParameter(1, person).setParameter(2, java.sql.Date.valueOf(day)).getSingleResult()).longValue());
    }
}
