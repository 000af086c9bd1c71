package org.rapport.loyalty.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.core.PersonRef;
import org.rapport.loyalty.LedgerService;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramService;
import org.rapport.loyalty.Purchase;
import org.rapport.loyalty.RewardDraft;
import org.rapport.loyalty.ui.LoyaltyUi;
import org.rapport.loyalty.ui.internal.rewards.RewardsView;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/** Redeeming a reward at the counter: pick the member, pick the reward, Redeem; a refusal says why. */
@ExtendWith(ScreenshotOnFailure.class)
class RedemptionTest {

    @Test
    void redeemsThenShowsTheRefusalsWithTheirReasonsAndWritesNothing() throws Exception {
        LoyaltyDriver.waitForDemoData();
        Program program = LoyaltyDriver.program("Counter");
        ProgramService programs = LoyaltyDriver.service(ProgramService.class);
        programs.addReward(program.id(), new RewardDraft("COFFEE", "A coffee", 300, 1, null, null));
        programs.addReward(program.id(), new RewardDraft("BIKE", "A bike", 50_000, null, null, null));
        PersonRef person = LoyaltyDriver.contact(2);
        LocalDate day = LocalDate.now().minusDays(3);
        programs.enroll(program.id(), person.id(), day);
        LedgerService ledger = LoyaltyDriver.service(LedgerService.class);
        ledger.earn(new Purchase(program.id(), person.id(), day, new BigDecimal("450"), "EUR", "counter-1"));

        RewardsView rewards = LoyaltyDriver.view(LoyaltyUi.REWARDS_VIEW_ID, RewardsView.class);
        rewards.showMember(program.id(), person);
        UiTestSupport.spinUntil(() -> !rewards.isBusy() && rewards.rewards().size() == 2,
                () -> "the program's rewards are shown: " + rewards.rewards());
        assertTrue(rewards.pick("COFFEE"), "the coffee is in the catalog");
        rewards.redeem();
        UiTestSupport.spinUntil(() -> !rewards.isBusy() && !rewards.outcome().startsWith("Redeeming"),
                () -> "the redemption is done");
        assertTrue(rewards.outcome().contains("redeemed for " + person.displayName()), rewards.outcome());
        assertEquals(150, ledger.statement(program.id(), person.id(), LocalDate.now()).available());

        // the only coffee is gone: refused, with the reason
        UiTestSupport.spinUntil(() -> !rewards.isBusy(), () -> "the stock is read again");
        assertTrue(rewards.pick("COFFEE"));
        rewards.redeem();
        UiTestSupport.spinUntil(() -> !rewards.isBusy() && !rewards.outcome().startsWith("Redeeming"),
                () -> "the second redemption is done");
        assertTrue(rewards.outcome().startsWith("Not redeemed: ") && rewards.outcome().length() > 15,
                "the refusal has its reason: " + rewards.outcome());

        assertTrue(rewards.pick("BIKE"));
        rewards.redeem();
        UiTestSupport.spinUntil(() -> !rewards.isBusy() && !rewards.outcome().startsWith("Redeeming"),
                () -> "the third redemption is done");
        assertTrue(rewards.outcome().startsWith("Not redeemed: ") && rewards.outcome().length() > 15,
                "the refusal has its reason: " + rewards.outcome());
        assertEquals(150, ledger.statement(program.id(), person.id(), LocalDate.now()).available(),
                "a refused redemption writes nothing");
        LoyaltyDriver.screenshot("loyalty-redemption-refused.png");
    }
}
