package org.rapport.loyalty.internal.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.loyalty.RewardDraft;
import org.rapport.loyalty.Statement;
import org.rapport.loyalty.internal.TestLoyalty;
import org.rapport.persistence.StandaloneDatabase;
import org.rapport.testing.ChildJvm;
import org.rapport.testing.TestDatabases;

/**
 * Two Rapport processes on one server database redeem for the same member at the same moment (two tills of a team):
 * the database decides, so together they never spend more than the member had, the balance still equals the ledger,
 * and every refusal says there were not enough points.
 */
class TwoProcessRedemptionTest {

    static final LocalDate DAY = LocalDate.of(2025, 3, 1);
    static final int COST = 5;
    static final int ATTEMPTS_PER_PROCESS = 180;

    @TempDir
    Path workspace;
    @TempDir
    Path scratch;

    @Test
    void twoProcessesRedeemingFromOneMemberNeverOverdrawIt() throws Exception {
        Assumptions.assumeTrue(TestDatabases.onServer(), "embedded Derby is opened by one process only; two processes"
                + " share a database on a server: run with -Drapport.test.db.server=jdbc:postgresql://HOST:PORT");
        String url = TestDatabases.createServerDatabase();
        try (TestLoyalty shop = new TestLoyalty(StandaloneDatabase.onServer(url, TestDatabases.user(),
                TestDatabases.password(), workspace), 0, 12)) {
            long ada = shop.enroll(1, "2025-01-01");
            shop.programs().addReward(shop.program.id(), new RewardDraft("COFFEE", null, COST, null, null, null));
            shop.buyTenLotsOf100(ada);
            long balance = shop.ledger().statement(shop.program.id(), ada, DAY).available();
            assertEquals(1250, balance);
            long covered = balance / COST; // 250 coffees for 360 attempts

            Path go = scratch.resolve("go");
            try (ChildJvm first = till(url, shop, ada, "first", go); ChildJvm second = till(url, shop, ada, "second", go)) {
                first.awaitLine("READY", 180);
                second.awaitLine("READY", 180);
                Files.createFile(go);
                long[] firstRun = run(first.awaitLine("DONE", 300));
                long[] secondRun = run(second.awaitLine("DONE", 300));
                assertTrue(firstRun[0] < secondRun[1] && secondRun[0] < firstRun[1], "the two processes redeemed"
                        + " at the same time: " + firstRun[0] + "-" + firstRun[1] + " and " + secondRun[0] + "-"
                        + secondRun[1]);

                List<String> lines = outcomes(first.transcript(), second.transcript());
                System.out.printf(Locale.ROOT, "Two processes redeeming for one member: %d attempts in %d ms"
                        + " (overlapping %d ms)%n", lines.size(), Math.max(firstRun[1], secondRun[1])
                        - Math.min(firstRun[0], secondRun[0]), Math.min(firstRun[1], secondRun[1])
                        - Math.max(firstRun[0], secondRun[0]));
                List<String> failed = lines.stream().filter(l -> l.startsWith("FAILED")).toList();
                assertTrue(failed.isEmpty(), () -> failed.size() + " redemptions ended in an error at the counter, the"
                        + " first: " + failed.get(0));
                long redeemed = lines.stream().filter(l -> l.equals("REDEEMED")).count();
                List<String> refused = lines.stream().filter(l -> l.startsWith("REFUSED")).toList();
                assertEquals(2L * ATTEMPTS_PER_PROCESS, redeemed + refused.size(), "every attempt got an answer");
                assertEquals(covered, redeemed, "exactly what the balance covered was redeemed, never more");
                for (String refusal : refused) {
                    assertTrue(refusal.startsWith("REFUSED not enough points: 0 available on " + DAY), refusal);
                }
            }

            Statement after = shop.ledger().statement(shop.program.id(), ada, DAY);
            assertEquals(0, after.available(), "nothing left, nothing below zero");
            assertEquals(covered * COST, after.lifetime().redeemed(), "the ledger holds each redemption once");
            LedgerInvariants.check(shop);
        }
    }

    private ChildJvm till(String url, TestLoyalty shop, long person, String name, Path go) throws Exception {
        Path own = scratch.resolve(name);
        Files.createDirectories(own);
        return ChildJvm.start(RedeemMain.class, own, url, TestDatabases.user(), TestDatabases.password(),
                own.resolve("workspace").toString(), Long.toString(shop.program.id()), Long.toString(person), "COFFEE",
                DAY.toString(), Integer.toString(ATTEMPTS_PER_PROCESS), go.toString());
    }

    /** When a process began and ended redeeming, from its {@code DONE start end} line. */
    private static long[] run(String done) {
        String[] words = done.split(" ");
        return new long[] { Long.parseLong(words[1]), Long.parseLong(words[2]) };
    }

    /** The lines of both processes that tell an attempt's outcome. */
    private static List<String> outcomes(String... transcripts) {
        return Arrays.stream(transcripts).flatMap(String::lines)
                .filter(l -> l.equals("REDEEMED") || l.startsWith("REFUSED") || l.startsWith("FAILED")).toList();
    }
}
