package org.rapport.loyalty.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.model.Person;
import org.rapport.core.PersonRef;
import org.rapport.loyalty.LedgerService;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramService;
import org.rapport.loyalty.Purchase;
import org.rapport.loyalty.ui.LoyaltyUi;
import org.rapport.loyalty.ui.internal.LoyaltyFormats;
import org.rapport.loyalty.ui.internal.card.MemberCardView;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/** The loyalty card of a member: points, the way to the next tier, what expires next, and its ledger. */
@ExtendWith(ScreenshotOnFailure.class)
class MemberCardTest {

    @Test
    void showsTierProgressAndTheNextExpiryAndFollowsAnUpgrade() throws Exception {
        LoyaltyDriver.waitForDemoData();
        Program program = LoyaltyDriver.program("Card");
        PersonRef person = LoyaltyDriver.contact(1);
        LocalDate earned = LoyaltyDriver.lastMonth();
        LoyaltyDriver.service(ProgramService.class).enroll(program.id(), person.id(), earned);
        LedgerService ledger = LoyaltyDriver.service(LedgerService.class);
        ledger.earn(new Purchase(program.id(), person.id(), earned, new BigDecimal("400.00"), "EUR", "card-1"));

        MemberCardView card = LoyaltyDriver.view(LoyaltyUi.CARD_VIEW_ID, MemberCardView.class);
        card.show(person, program.id());
        LoyaltyDriver.idle(card::isReading, "the card");
        assertNull(card.hint(), "the card shows the member, not a hint: " + card.hint());
        assertEquals(LoyaltyFormats.points(400), card.figure("Available"));
        assertEquals("0", card.figure("Pending"));
        assertEquals("Member", card.figure("Tier"));
        assertEquals(LoyaltyFormats.points(400), card.figure("Earned in 12 months"));
        assertTrue(card.progressLine().startsWith(LoyaltyFormats.points(600) + " more points")
                && card.progressLine().contains("Silver"), "600 more points reach Silver: " + card.progressLine());
        assertTrue(card.ladderFilled() > 0.05 && card.ladderFilled() < 0.1,
                "the ladder is filled to 400 of 6,000: " + card.ladderFilled());
        // earned last month with 1 expiry month: usable through the end of this month
        LocalDate lastDay = YearMonth.now().atEndOfMonth();
        assertTrue(card.expiryLine().startsWith(LoyaltyFormats.points(400) + " points expire after "
                + LoyaltyFormats.date(lastDay)), "the expiry is on the card: " + card.expiryLine());
        assertEquals(1, card.ledgerTable().rowCount(), "the purchase is in the ledger");

        // a purchase today reaches Silver: the card follows the ledger's event
        ledger.earn(new Purchase(program.id(), person.id(), LocalDate.now(), new BigDecimal("700"), "EUR", "card-2"));
        UiTestSupport.spinUntil(() -> !card.isReading() && "Silver".equals(card.figure("Tier")),
                () -> "the card shows the upgrade: tier " + card.figure("Tier"));
        assertEquals(LoyaltyFormats.points(1100), card.figure("Available"), "700 earned at the old multiplier");
        assertTrue(card.progressLine().startsWith(LoyaltyFormats.points(3900) + " more points")
                && card.progressLine().contains("Gold"), "3,900 more points reach Gold: " + card.progressLine());
        assertEquals(2, card.ledgerTable().rowCount(), "both purchases are in the ledger");
        LoyaltyDriver.screenshot("loyalty-member-card.png");
    }

    @Test
    void aContactWhoIsNoMemberIsOfferedToEnrol() throws Exception {
        LoyaltyDriver.waitForDemoData();
        LoyaltyDriver.program("Offer");
        Person saved = LoyaltyDriver.service(ContactService.class).save(new Person("Nora", "Newcomer"));
        PersonRef person = new PersonRef(saved.getId(), "Nora Newcomer");
        MemberCardView card = LoyaltyDriver.view(LoyaltyUi.CARD_VIEW_ID, MemberCardView.class);
        card.show(person, null);
        LoyaltyDriver.idle(card::isReading, "the card");
        String hint = card.hint();
        assertTrue(hint != null && hint.startsWith("Nora Newcomer is not a member")
                && hint.contains("href=\"enrol\""), "the card offers to enrol: " + hint);
    }
}
