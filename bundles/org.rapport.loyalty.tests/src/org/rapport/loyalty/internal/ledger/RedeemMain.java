package org.rapport.loyalty.internal.ledger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.rapport.loyalty.Redemption;
import org.rapport.loyalty.StandaloneLoyalty;
import org.rapport.persistence.StandaloneDatabase;

/**
 * A second Rapport process at the counter: opens a server database, says {@code READY}, waits until the go file
 * appears (so two of them start redeeming at the same moment), then redeems a reward for one member over and over.
 * Prints {@code REDEEMED}, {@code REFUSED reason} or {@code FAILED exception} per attempt, and at the end
 * {@code DONE startMillis endMillis} (when its redemptions began and ended, to show that the processes overlapped).
 */
public final class RedeemMain {

    private RedeemMain() {
    }

    /** Arguments: JDBC URL, user, password, workspace, program id, person id, reward code, day, attempts, go file. */
    public static void main(String[] args) throws Exception {
        long programId = Long.parseLong(args[4]);
        long personId = Long.parseLong(args[5]);
        String reward = args[6];
        LocalDate day = LocalDate.parse(args[7]);
        int attempts = Integer.parseInt(args[8]);
        Path go = Path.of(args[9]);
        try (StandaloneDatabase database = StandaloneDatabase.onServer(args[0], args[1], args[2], Path.of(args[3]));
                StandaloneLoyalty loyalty = StandaloneLoyalty.on(database)) {
            loyalty.ledger().statement(programId, personId, day); // units open, connections made: ready at the counter
            say("READY");
            while (!Files.exists(go)) {
                Thread.sleep(1);
            }
            long start = System.currentTimeMillis();
            for (int i = 0; i < attempts; i++) {
                try {
                    Redemption redemption = loyalty.ledger().redeem(programId, personId, reward, day);
                    say(redemption.redeemed() ? "REDEEMED" : "REFUSED " + redemption.refusal());
                } catch (RuntimeException e) {
                    say("FAILED " + e);
                }
            }
            say("DONE " + start + " " + System.currentTimeMillis());
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
