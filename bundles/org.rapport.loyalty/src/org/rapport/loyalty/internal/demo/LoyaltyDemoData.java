package org.rapport.loyalty.internal.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.ContactQuery;
import org.rapport.contacts.ContactService;
import org.rapport.core.demo.DemoDataProvider;
import org.rapport.loyalty.EarnResult;
import org.rapport.loyalty.LedgerService;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramDraft;
import org.rapport.loyalty.ProgramService;
import org.rapport.loyalty.Purchase;
import org.rapport.loyalty.Refund;
import org.rapport.loyalty.RewardDraft;
import org.rapport.loyalty.RuleDraft;
import org.rapport.loyalty.RuleKind;
import org.rapport.loyalty.RuleService;
import org.rapport.loyalty.Tier;
import org.rapport.loyalty.internal.LoyaltyEvents;
import org.rapport.loyalty.internal.LoyaltyUnit;
import org.rapport.loyalty.internal.Programs;
import org.rapport.loyalty.internal.ledger.LedgerWrites;

/**
 * "Rapport Rewards" over the demo contacts (loads after them): three tiers, a rewards catalog, bonus rules, the
 * first {@value #MEMBERS} contacts enrolled 13 months ago with a year of purchases (so that tiers are reached, the
 * last two weeks' points are pending and the lots of the month a year ago expire at the end of this month), some
 * redemptions and a refund, a satisfied-complaint bonus, and today's expiry run. Fixed seed: the same every time,
 * relative to today.
 */
@Component(service = DemoDataProvider.class)
public class LoyaltyDemoData implements DemoDataProvider {

    static final String PROGRAM = "Rapport Rewards";
    static final int MEMBERS = 80;

    private final ContactService contacts;
    private final ProgramService programs;
    private final LedgerService ledger;
    private final RuleService rules;
    private final LoyaltyUnit unit;
    private final LoyaltyEvents events;
    private final LedgerWrites writes = new LedgerWrites();
    private final Clock clock;

    @Activate
    public LoyaltyDemoData(@Reference ContactService contacts, @Reference ProgramService programs,
            @Reference LedgerService ledger, @Reference RuleService rules, @Reference LoyaltyUnit unit,
            @Reference LoyaltyEvents events) {
        this(contacts, programs, ledger, rules, unit, events, Clock.systemDefaultZone());
    }

    LoyaltyDemoData(ContactService contacts, ProgramService programs, LedgerService ledger, RuleService rules,
            LoyaltyUnit unit, LoyaltyEvents events, Clock clock) {
        this.contacts = contacts;
        this.programs = programs;
        this.ledger = ledger;
        this.rules = rules;
        this.unit = unit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "loyalty";
    }

    @Override
    public Set<String> after() {
        return Set.of("contacts", "contacts.segments");
    }

    @Override
    public boolean isEmpty() {
        return programs.programs().isEmpty();
    }

    @Override
    public void load(IProgressMonitor monitor) {
        LocalDate today = LocalDate.now(clock);
        Random random = new Random(20261207);
        long[] people = Arrays.copyOf(contacts.ids(ContactQuery.ALL), Math.min(MEMBERS, contacts.count(ContactQuery.ALL)));
        SubMonitor progress = SubMonitor.convert(monitor, "Demo loyalty program", people.length + 2);
        Program program = programs.create(new ProgramDraft(PROGRAM, "EUR", BigDecimal.ONE, 14, 12,
                new BigDecimal("0.01"), "Member", List.of(new Tier("Silver", 1_000, new BigDecimal("1.25")),
                        new Tier("Gold", 3_000, new BigDecimal("1.5")))));
        programs.addReward(program.id(), new RewardDraft("COFFEE", "Coffee voucher", 150, null, null, null));
        programs.addReward(program.id(), new RewardDraft("TOTE", "Canvas tote bag", 400, 50, null, null));
        programs.addReward(program.id(), new RewardDraft("DELIVERY", "Free delivery for a year", 1_200, null, null, null));
        programs.addReward(program.id(), new RewardDraft("DINNER", "Dinner for two", 2_500, 5, null, today.plusMonths(6)));
        rules.add(program.id(), RuleDraft.bonus("Thank you for your patience", RuleKind.SATISFIED_CASE, 250));
        rules.add(program.id(), RuleDraft.bonus("Won deal", RuleKind.DEAL_WON, 100).perUnit(new BigDecimal("0.01")));
        rules.add(program.id(), RuleDraft.bonus("Community ambassador", RuleKind.AMBASSADOR, 500));
        rules.add(program.id(), RuleDraft.bonus("Happy birthday", RuleKind.BIRTHDAY, 100));
        rules.add(program.id(), RuleDraft.category("Books count double", "books", new BigDecimal("2")));
        progress.worked(1);
        LocalDate enrolled = today.minusMonths(13);
        int receipt = 1;
        for (int i = 0; i < people.length && !progress.isCanceled(); i++) {
            long person = people[i];
            programs.enroll(program.id(), person, enrolled);
            List<LocalDate> days = purchaseDays(random, today, i);
            writeYear(program.id(), person, purchases(program.id(), person, days, random, i % 10 >= 8, receipt),
                    i % 17 == 3, receipt);
            receipt += days.size();
            if (i % 4 == 1) {
                ledger.redeem(program.id(), person, i % 8 == 1 ? "TOTE" : "COFFEE", today.minusDays(20 + i % 30));
            }
            progress.worked(1);
        }
        if (people.length > 0) {
            rules.onEvent(RuleKind.SATISFIED_CASE, people[0], "demo-1", null, null, today.minusDays(3));
        }
        ledger.expire(program.id(), today);
        progress.worked(1);
    }

    /** A member's purchases on the days, amounts 10 to 160 EUR (a few big spenders up to 410, reaching the tiers). */
    private static List<Purchase> purchases(long programId, long person, List<LocalDate> days, Random random,
            boolean bigSpender, int firstReceipt) {
        List<Purchase> purchases = new ArrayList<>();
        int receipt = firstReceipt;
        for (LocalDate day : days) {
            BigDecimal amount = BigDecimal.valueOf(1_000 + random.nextInt(bigSpender ? 40_000 : 15_000), 2);
            purchases.add(new Purchase(programId, person, day, amount, "EUR", "DEMO-" + receipt++,
                    receipt % 5 == 0 ? "books" : null));
        }
        return purchases;
    }

    /**
     * Writes a member's year in one transaction, as the import writes a chunk (one commit instead of one a purchase:
     * the demo loads in seconds), optionally with half of the last purchase refunded; then tells what changed.
     */
    private void writeYear(long programId, long person, List<Purchase> purchases, boolean refundLast, int receipt) {
        List<EarnResult> results = unit.write(em -> {
            Program program = Programs.load(em, programId);
            List<EarnResult> earned = new ArrayList<>();
            for (Purchase purchase : purchases) {
                earned.add(writes.earn(em, program, purchase));
            }
            if (refundLast && !purchases.isEmpty()) {
                Purchase last = purchases.get(purchases.size() - 1);
                writes.refund(em, program, new Refund(programId, person, last.day(), last.amount().divide(BigDecimal.TWO),
                        "EUR", "DEMO-R" + receipt, last.reference()));
            }
            return earned;
        });
        events.ledgerChanged(programId, List.of(person));
        for (EarnResult result : results) {
            result.upgrade().ifPresent(to -> events.tierChanged(programId, person, result.tierBefore(), to));
        }
    }

    /**
     * A member's purchase days, oldest first: one in the month a year ago (its points expire at the end of this
     * month), one in the month before (already expired), a few over the year, and for every third member one in the
     * last two weeks (still pending).
     */
    private static List<LocalDate> purchaseDays(Random random, LocalDate today, int index) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate yearAgo = today.minusMonths(12).withDayOfMonth(1);
        days.add(yearAgo.minusMonths(1).plusDays(random.nextInt(20)));
        days.add(yearAgo.plusDays(random.nextInt(Math.max(1, Math.min(20, today.getDayOfMonth())))));
        int more = 3 + random.nextInt(8);
        for (int k = 0; k < more; k++) {
            days.add(yearAgo.plusMonths(1).plusDays(random.nextInt(300)));
        }
        if (index % 3 == 0) {
            days.add(today.minusDays(random.nextInt(12)));
        }
        days.removeIf(day -> day.isAfter(today));
        days.sort(null);
        return days;
    }
}
