package org.rapport.loyalty.internal.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.EntityManager;

import org.rapport.loyalty.EarnResult;
import org.rapport.loyalty.EntryType;
import org.rapport.loyalty.LoyaltyException;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.Purchase;
import org.rapport.loyalty.Refund;
import org.rapport.loyalty.RefundResult;
import org.rapport.loyalty.Tier;
import org.rapport.loyalty.internal.LoyaltyMapper;
import org.rapport.loyalty.internal.model.LedgerEntryEntity;
import org.rapport.loyalty.internal.model.LotEntity;
import org.rapport.loyalty.internal.model.TransactionEntity;
import org.rapport.loyalty.internal.rules.CategoryMultipliers;

/**
 * Purchases and refunds written inside a caller's transaction: the ledger service writes one per transaction, the
 * import a chunk of rows per transaction. Each locks the member's account row before it reads the member's lots.
 */
public final class LedgerWrites {

    /** Records a purchase (see {@code LedgerService#earn}); a {@link LoyaltyException} when it is invalid. */
    public EarnResult earn(EntityManager em, Program program, Purchase purchase) {
        checkMoney(program, purchase.amount(), purchase.currency(), false);
        checkNewReference(em, program, purchase.reference());
        MemberAccount account = MemberAccount.lock(em, program, purchase.personId());
        Tier before = LedgerRules.tier(program, account.member().getTierRank());
        long points = LedgerRules.purchasePoints(purchase.amount(), program.pointsPerUnit(), before.multiplier()
                .multiply(CategoryMultipliers.multiplier(em, program.id(), purchase.category(), purchase.day())));
        LedgerEntryEntity entry = account.entry(EntryType.EARN, points, points, purchase.day())
                .about("Purchase " + purchase.reference(), purchase.reference(), null, purchase.amount());
        LotEntity lot = account.credit(entry, LedgerRules.availableFrom(purchase.day(), program.pendingDays()));
        TransactionEntity tx = new TransactionEntity(program.id(), purchase.reference(), TransactionEntity.PURCHASE,
                account.member().getId(), purchase.day(), purchase.amount(), program.currency(), null);
        tx.recorded(entry.getId(), points, points > 0 ? lot.getId() : null);
        tx.setCategory(purchase.category());
        em.persist(tx);
        String[] upgrade = new String[2];
        upgradeAfter(account, purchase.day(), upgrade);
        return new EarnResult(LoyaltyMapper.entry(entry, purchase.personId()), before.name(),
                upgrade[1] == null ? before.name() : upgrade[1]);
    }

    /** Records a refund (see {@code LedgerService#refund}); a {@link LoyaltyException} when it is invalid. */
    public RefundResult refund(EntityManager em, Program program, Refund refund) {
        checkMoney(program, refund.amount(), refund.currency(), true);
        checkNewReference(em, program, refund.reference());
        TransactionEntity purchase = em.createQuery("SELECT t FROM LoyaltyTransaction t WHERE t.programId = :p"
                + " AND t.reference = :r AND t.type = :type", TransactionEntity.class).setParameter("p", program.id())
                .setParameter("r", refund.refunds() == null ? "" : refund.refunds())
                .setParameter("type", TransactionEntity.PURCHASE).getResultStream().findFirst()
                .orElseThrow(() -> new LoyaltyException("refund of unknown purchase " + refund.refunds()));
        MemberAccount account = MemberAccount.lock(em, program, refund.personId());
        if (purchase.getMemberId() != account.member().getId()) {
            throw new LoyaltyException("purchase " + refund.refunds() + " is another member's");
        }
        em.refresh(purchase); // read again under the member's lock: another refund of it may have committed meanwhile
        BigDecimal left = purchase.getAmount().subtract(purchase.getRefunded());
        if (refund.amount().compareTo(left) > 0) {
            throw new LoyaltyException("refund of " + refund.amount() + " exceeds the " + left.stripTrailingZeros()
                    .toPlainString() + " left to refund of purchase " + refund.refunds());
        }
        long share = LedgerRules.refundShare(purchase.getPoints(), purchase.getAmount(), purchase.getRefunded(),
                refund.amount(), purchase.getCancelledPoints());
        LedgerEntryEntity debit = account.write(account.entry(EntryType.CANCEL, 0, -share, refund.day())
                .about("Refund of purchase " + refund.refunds(), refund.reference(), null, refund.amount()));
        long fromPurchase = 0;
        LotEntity purchaseLot = null;
        if (purchase.getLotId() != null) {
            purchaseLot = account.openLots().stream().filter(l -> l.getId() == purchase.getLotId()).findFirst()
                    .orElse(null);
            if (purchaseLot != null) {
                fromPurchase = account.takeFrom(debit, purchaseLot, share);
            }
        }
        long fromOthers = account.takeAvailable(debit, share - fromPurchase, refund.day(), purchaseLot);
        debit.settle(-(fromPurchase + fromOthers));
        purchase.refunded(refund.amount(), share);
        TransactionEntity tx = new TransactionEntity(program.id(), refund.reference(), TransactionEntity.REFUND,
                account.member().getId(), refund.day(), refund.amount(), program.currency(), refund.refunds());
        tx.recorded(debit.getId(), 0, null);
        em.persist(tx);
        return new RefundResult(LoyaltyMapper.entry(debit, refund.personId()), share, fromPurchase, fromOthers,
                share - fromPurchase - fromOthers);
    }

    /**
     * Moves the member up to the highest tier the points earned in the 12 months up to {@code day} reach, if that is
     * above the current one; {@code change} receives the tier names before and after.
     */
    void upgradeAfter(MemberAccount account, LocalDate day, String[] change) {
        Program program = account.program();
        int current = account.member().getTierRank();
        if (current >= program.tiers().size() - 1) {
            return;
        }
        long earned = account.qualifying(LedgerRules.qualifyingFrom(day), day);
        int qualified = LedgerRules.qualifiedRank(program.tiers(), earned);
        if (qualified > current) {
            change[0] = program.tiers().get(current).name();
            change[1] = program.tiers().get(qualified).name();
            account.member().setTier(qualified, day);
        }
    }

    private static void checkMoney(Program program, BigDecimal amount, String currency, boolean refund) {
        if (currency == null || !currency.equalsIgnoreCase(program.currency())) {
            throw new LoyaltyException("wrong currency " + currency + ": " + program.name() + " is in "
                    + program.currency());
        }
        if (amount == null || amount.signum() < 0 || (refund && amount.signum() == 0)) {
            throw new LoyaltyException((refund ? "a refund amount must be positive" : "an amount cannot be negative")
                    + ", not " + amount);
        }
    }

    private static void checkNewReference(EntityManager em, Program program, String reference) {
        if (reference == null || reference.isBlank()) {
            throw new LoyaltyException("a transaction needs a reference");
        }
        if (!em.createQuery("SELECT t.id FROM LoyaltyTransaction t WHERE t.programId = :p AND t.reference = :r")
                .setParameter("p", program.id()).setParameter("r", reference).setMaxResults(1).getResultList().isEmpty()) {
            throw new LoyaltyException("reference " + reference + " was used before");
        }
    }
}
