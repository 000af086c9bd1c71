package org.rapport.loyalty.internal.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.loyalty.EarnResult;
import org.rapport.loyalty.EntryType;
import org.rapport.loyalty.ExpiryRun;
import org.rapport.loyalty.LedgerEntry;
import org.rapport.loyalty.LedgerService;
import org.rapport.loyalty.LoyaltyException;
import org.rapport.loyalty.Page;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.Purchase;
import org.rapport.loyalty.Redemption;
import org.rapport.loyalty.Refund;
import org.rapport.loyalty.RefundResult;
import org.rapport.loyalty.ReviewResult;
import org.rapport.loyalty.Statement;
import org.rapport.loyalty.internal.LoyaltyEvents;
import org.rapport.loyalty.internal.LoyaltyMapper;
import org.rapport.loyalty.internal.LoyaltyUnit;
import org.rapport.loyalty.internal.Programs;
import org.rapport.loyalty.internal.model.LedgerEntryEntity;
import org.rapport.loyalty.internal.model.MemberEntity;
import org.rapport.loyalty.internal.model.TransactionEntity;

/** The points ledger in the loyalty unit; every write locks the member's account row first. */
@Component(service = LedgerService.class)
public class JpaLedgerService implements LedgerService {

    private final LoyaltyUnit unit;
    private final LoyaltyEvents events;
    private final LedgerWrites writes;

    @Activate
    public JpaLedgerService(@Reference LoyaltyUnit unit, @Reference LoyaltyEvents events) {
        this.unit = unit;
        this.events = events;
        this.writes = new LedgerWrites();
    }

    @Override
    public EarnResult earn(Purchase purchase) {
        EarnResult result = unit.write(em -> writes.earn(em, Programs.load(em, purchase.programId()), purchase));
        events.ledgerChanged(purchase.programId(), List.of(purchase.personId()));
        result.upgrade().ifPresent(to -> events.tierChanged(purchase.programId(), purchase.personId(),
                result.tierBefore(), to));
        return result;
    }

    @Override
    public RefundResult refund(Refund refund) {
        RefundResult result = unit.write(em -> writes.refund(em, Programs.load(em, refund.programId()), refund));
        events.ledgerChanged(refund.programId(), List.of(refund.personId()));
        return result;
    }

    @Override
    public Redemption redeem(long programId, long personId, String rewardCode, LocalDate day) {
        Redemption result = unit.write(em -> Redemptions.redeem(em, programId, personId, rewardCode, day));
        if (result.redeemed()) {
            events.ledgerChanged(programId, List.of(personId));
            events.programsChanged(programId); // the reward's stock
        }
        return result;
    }

    @Override
    public LedgerEntry adjust(long programId, long personId, long points, String reason, String user, LocalDate day) {
        if (reason == null || reason.isBlank()) {
            throw new LoyaltyException("an adjustment needs a reason");
        }
        if (user == null || user.isBlank()) {
            throw new LoyaltyException("an adjustment needs the user who makes it");
        }
        if (points == 0) {
            throw new LoyaltyException("an adjustment of 0 points changes nothing");
        }
        LedgerEntry entry = unit.write(em -> {
            Program program = Programs.load(em, programId);
            MemberAccount account = MemberAccount.lock(em, program, personId);
            LedgerEntryEntity row = account.entry(EntryType.ADJUST, points, 0, day).about(reason.trim(), null, null, null)
                    .by(user.trim());
            if (points > 0) {
                account.credit(row, day);
            } else {
                long available = account.availableOn(day);
                if (available < -points) {
                    throw new LoyaltyException("cannot take " + -points + " points: only " + available
                            + " are available on " + day);
                }
                account.write(row);
                account.takeAvailable(row, -points, day, null);
            }
            return LoyaltyMapper.entry(row, personId);
        });
        events.ledgerChanged(programId, List.of(personId));
        return entry;
    }

    @Override
    public Optional<LedgerEntry> award(long programId, long personId, long points, String reason, LocalDate day,
            String sourceRef) {
        if (points <= 0) {
            throw new LoyaltyException("an award needs positive points");
        }
        if (sourceRef == null || sourceRef.isBlank()) {
            throw new LoyaltyException("an award needs the reference of what it is for");
        }
        String[] upgrade = new String[2];
        Optional<LedgerEntry> entry = unit.write(em -> {
            Program program = Programs.load(em, programId);
            MemberAccount account = MemberAccount.lock(em, program, personId);
            if (!em.createQuery("SELECT e.id FROM LoyaltyEntry e WHERE e.programId = :p AND e.sourceRef = :s")
                    .setParameter("p", programId).setParameter("s", sourceRef).setMaxResults(1).getResultList().isEmpty()) {
                return Optional.<LedgerEntry>empty();
            }
            LedgerEntryEntity row = account.entry(EntryType.BONUS, points, points, day).about(reason, null, sourceRef, null);
            account.credit(row, day);
            writes.upgradeAfter(account, day, upgrade);
            return Optional.of(LoyaltyMapper.entry(row, personId));
        });
        if (entry.isPresent()) {
            events.ledgerChanged(programId, List.of(personId));
            if (upgrade[0] != null) {
                events.tierChanged(programId, personId, upgrade[0], upgrade[1]);
            }
        }
        return entry;
    }

    @Override
    public Statement statement(long programId, long personId, LocalDate day) {
        return unit.read(em -> Statements.of(em, programId, personId, day));
    }

    @Override
    public Page<LedgerEntry> ledger(long programId, long personId, int offset, int limit) {
        return unit.read(em -> {
            MemberEntity member = Programs.member(em, programId, personId);
            List<LedgerEntry> rows = em.createQuery("SELECT e FROM LoyaltyEntry e WHERE e.memberId = :m ORDER BY e.id DESC",
                    LedgerEntryEntity.class).setParameter("m", member.getId()).setFirstResult(offset).setMaxResults(limit)
                    .getResultList().stream().map(e -> LoyaltyMapper.entry(e, personId)).toList();
            long total = em.createQuery("SELECT COUNT(e) FROM LoyaltyEntry e WHERE e.memberId = :m", Long.class)
                    .setParameter("m", member.getId()).getSingleResult();
            return new Page<>(rows, offset, total);
        });
    }

    @Override
    public ExpiryRun expire(long programId, LocalDate day) {
        ExpiryRun run = new Expiry(unit).run(programId, day);
        if (run.lots() > 0) {
            events.ledgerChanged(programId, List.of());
        }
        return run;
    }

    @Override
    public ReviewResult review(long programId, LocalDate day) {
        return new TierReview(unit, events).run(programId, day);
    }

    /** The transaction rows of a program with these references, for an import's idempotency check. */
    static List<TransactionEntity> transactions(EntityManager em, long programId, List<String> references) {
        return em.createQuery("SELECT t FROM LoyaltyTransaction t WHERE t.programId = :p AND t.reference IN :r",
                TransactionEntity.class).setParameter("p", programId).setParameter("r", references).getResultList();
    }

    /** Whether {@code amount} is a usable purchase amount. */
    static boolean validAmount(BigDecimal amount) {
        return amount != null && amount.signum() >= 0;
    }
}
