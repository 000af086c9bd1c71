package org.rapport.loyalty.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.rapport.loyalty.LedgerService;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramDraft;
import org.rapport.loyalty.ProgramService;
import org.rapport.loyalty.Purchase;
import org.rapport.loyalty.Refund;
import org.rapport.loyalty.RefundResult;
import org.rapport.loyalty.StandaloneLoyalty;
import org.rapport.loyalty.Tier;
import org.rapport.persistence.StandaloneDatabase;
import org.rapport.testing.TestDatabases;

/**
 * A loyalty database of its own (embedded Derby in a temp folder, or a new database on the test server when the suite
 * runs on PostgreSQL) with the program the hand-computed tests use: "Shop", EUR, 1 point per euro,
 * 14 pending days, 12 months expiry, tiers Member (0, ×1), Silver (500, ×1.5), Gold (2000, ×2).
 */
public final class TestLoyalty implements AutoCloseable {

    public final StandaloneLoyalty loyalty;
    private final StandaloneDatabase database;
    public final Program program;
    private int references;

    public TestLoyalty(Path folder) {
        this(folder, 14, 12);
    }

    public TestLoyalty(Path folder, int pendingDays, int expiryMonths) {
        this(TestDatabases.create(folder), pendingDays, expiryMonths);
    }

    /**
     * The program in a database the caller opened (e.g. a server database other processes use too), which this takes
     * over: {@link #close()} closes it.
     */
    public TestLoyalty(StandaloneDatabase database, int pendingDays, int expiryMonths) {
        this.database = database;
        loyalty = StandaloneLoyalty.on(database);
        program = loyalty.programs().create(new ProgramDraft("Shop", "EUR", BigDecimal.ONE, pendingDays, expiryMonths,
                new BigDecimal("0.01"), null, List.of(new Tier("Gold", 2000, BigDecimal.TWO),
                        new Tier("Silver", 500, new BigDecimal("1.5")))));
    }

    public ProgramService programs() {
        return loyalty.programs();
    }

    public LedgerService ledger() {
        return loyalty.ledger();
    }

    public long enroll(long personId, String day) {
        loyalty.programs().enroll(program.id(), personId, LocalDate.parse(day));
        return personId;
    }

    /** A purchase with a fresh reference; returns the reference. */
    public String buy(long personId, String day, String amount) {
        String reference = "R" + (++references);
        loyalty.ledger().earn(new Purchase(program.id(), personId, LocalDate.parse(day), new BigDecimal(amount), "EUR",
                reference));
        return reference;
    }

    public RefundResult refund(long personId, String day, String amount, String purchase) {
        return loyalty.ledger().refund(new Refund(program.id(), personId, LocalDate.parse(day), new BigDecimal(amount),
                "EUR", "F" + (++references), purchase));
    }

    public static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Override
    public void close() {
        loyalty.close();
        database.close();
    }
}
