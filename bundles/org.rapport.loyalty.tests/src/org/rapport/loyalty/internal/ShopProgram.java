package org.rapport.loyalty.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.rapport.loyalty.LedgerService;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramDraft;
import org.rapport.loyalty.ProgramService;
import org.rapport.loyalty.Purchase;
import org.rapport.loyalty.Refund;
import org.rapport.loyalty.RefundResult;
import org.rapport.loyalty.Statement;
import org.rapport.loyalty.Tier;

/**
 * The program the hand-computed tests use, created through the services under test: "Shop", EUR, 1 point per euro,
 * the given pending days and months to expiry, tiers Member (0, ×1), Silver (500, ×1.5), Gold (2000, ×2); and the
 * purchases and refunds of its members, each with a fresh reference.
 */
public class ShopProgram {

    public final Program program;
    private final ProgramService programs;
    private final LedgerService ledger;
    private int references;

    public ShopProgram(ProgramService programs, LedgerService ledger, int pendingDays, int expiryMonths) {
        this.programs = programs;
        this.ledger = ledger;
        program = programs.create(new ProgramDraft("Shop", "EUR", BigDecimal.ONE, pendingDays, expiryMonths,
                new BigDecimal("0.01"), null, List.of(new Tier("Silver", 500, new BigDecimal("1.5")),
                        new Tier("Gold", 2000, BigDecimal.TWO))));
    }

    /** The program's id. */
    public long id() {
        return program.id();
    }

    public ProgramService programs() {
        return programs;
    }

    public LedgerService ledger() {
        return ledger;
    }

    public long enroll(long personId, String day) {
        programs.enroll(program.id(), personId, LocalDate.parse(day));
        return personId;
    }

    /** A purchase with a fresh reference; returns the reference. */
    public String buy(long personId, String day, String amount) {
        String reference = "R" + (++references);
        ledger.earn(new Purchase(program.id(), personId, LocalDate.parse(day), new BigDecimal(amount), "EUR",
                reference));
        return reference;
    }

    /**
     * Ten purchases of 100 EUR on the first nine days of January 2025: five lots of 100 points, then Silver, five of
     * 150; 1,250 points in all.
     */
    public void buyTenLotsOf100(long personId) {
        for (int i = 0; i < 10; i++) {
            buy(personId, "2025-01-0" + (1 + i % 9), "100");
        }
    }

    public RefundResult refund(long personId, String day, String amount, String purchase) {
        return ledger.refund(new Refund(program.id(), personId, LocalDate.parse(day), new BigDecimal(amount), "EUR",
                "F" + (++references), purchase));
    }

    /** The member's statement as of the day. */
    public Statement statement(long personId, String day) {
        return ledger.statement(program.id(), personId, LocalDate.parse(day));
    }
}
