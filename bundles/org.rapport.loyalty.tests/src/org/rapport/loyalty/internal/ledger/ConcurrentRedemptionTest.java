package org.rapport.loyalty.internal.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.loyalty.RewardDraft;
import org.rapport.loyalty.Statement;
import org.rapport.loyalty.internal.TestLoyalty;

/** Redemptions at the same moment from 4 threads: the database decides, nobody is overdrawn, no stock sold twice. */
class ConcurrentRedemptionTest {

    static final int THREADS = 4;
    static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    @TempDir
    Path folder;
    TestLoyalty shop;

    @BeforeEach
    void open() {
        shop = new TestLoyalty(folder, 0, 12);
    }

    @AfterEach
    void close() {
        shop.close();
    }

    private int redeemConcurrently(List<Long> people, String reward, int attemptsPerThread) throws Exception {
        AtomicInteger redeemed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                work.add(() -> {
                    for (int i = 0; i < attemptsPerThread; i++) {
                        long person = people.get(i % people.size());
                        if (shop.ledger().redeem(shop.program.id(), person, reward, DAY).redeemed()) {
                            redeemed.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(work)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        return redeemed.get();
    }

    @Test
    void fourThreadsRedeemingFromOneMemberNeverOverdrawIt() throws Exception {
        long ada = shop.enroll(1, "2025-01-01");
        shop.programs().addReward(shop.program.id(), new RewardDraft("COFFEE", null, 10, null, null, null));
        shop.buyTenLotsOf100(ada);
        assertEquals(1250, shop.ledger().statement(shop.program.id(), ada, DAY).available());
        int redeemed = redeemConcurrently(List.of(ada), "COFFEE", 40); // 160 attempts for 125 coffees
        Statement after = shop.ledger().statement(shop.program.id(), ada, DAY);
        assertEquals(125, redeemed);
        assertEquals(0, after.available());
        assertEquals(1250, after.lifetime().redeemed());
        LedgerInvariants.check(shop);
    }

    @Test
    void theLastOfAStockGoesToOneRedemptionOnly() throws Exception {
        List<Long> people = new ArrayList<>();
        for (long p = 1; p <= 8; p++) {
            people.add(shop.enroll(p, "2025-01-01"));
            shop.buy(p, "2025-01-02", "1000");
        }
        shop.programs().addReward(shop.program.id(), new RewardDraft("TV", null, 50, 25, null, null));
        int redeemed = redeemConcurrently(people, "TV", 20); // 80 attempts for 25 TVs
        assertEquals(25, redeemed);
        assertEquals(0, shop.programs().reward(shop.program.id(), "TV").orElseThrow().stock());
        long spent = people.stream().mapToLong(p -> shop.ledger().statement(shop.program.id(), p, DAY).lifetime()
                .redeemed()).sum();
        assertEquals(25 * 50, spent, "points were taken for the TVs given only");
        LedgerInvariants.check(shop);
    }
}
