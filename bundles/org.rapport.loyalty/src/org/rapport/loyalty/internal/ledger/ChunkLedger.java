package org.rapport.loyalty.internal.ledger;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;

import org.rapport.loyalty.EntryType;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.Purchase;
import org.rapport.loyalty.Refund;
import org.rapport.loyalty.RefundResult;
import org.rapport.loyalty.Tier;
import org.rapport.loyalty.internal.model.LedgerEntryEntity;
import org.rapport.loyalty.internal.model.LotEntity;
import org.rapport.loyalty.internal.model.MemberEntity;
import org.rapport.loyalty.internal.model.TransactionEntity;
import org.rapport.loyalty.internal.rules.CategoryMultipliers;

/**
 * Purchases of an import chunk in one transaction with one query per chunk instead of three per row: the chunk's
 * members are locked together, then the ledger tables for the rest of the chunk, and the members' tier points are read
 * once per member and day and kept up to date as the chunk earns. A purchase's entry, lot and transaction rows are
 * collected and written by JDBC batches ({@link LedgerRows}) when the chunk ends or a refund needs them in the
 * database. The rules are those of {@link LedgerWrites}; the caller has checked currencies, amounts and references.
 */
public final class ChunkLedger {

    /** The tables a chunk writes, locked after its members (see {@link LedgerRows#lockTables}). */
    private static final String[] TABLES = { "LOY_ENTRY", "LOY_LOT", "LOY_ALLOCATION", "LOY_TRANSACTION" };

    private final EntityManager em;
    private final Program program;
    private final LedgerWrites writes = new LedgerWrites();
    private final Map<Long, MemberEntity> members = new HashMap<>();
    private final Map<Long, TreeMap<LocalDate, Long>> qualifying = new HashMap<>();
    private final CategoryMultipliers categories;
    private final LedgerRows rows;

    /** Locks the members and the ledger's tables, and reads the members' tier points from the year before {@code firstDay}. */
    public ChunkLedger(EntityManager em, Program program, Collection<Long> memberIds, LocalDate firstDay) {
        this.em = em;
        this.program = program;
        this.categories = CategoryMultipliers.read(em, program.id());
        this.rows = new LedgerRows(em);
        List<Long> ids = new ArrayList<>(memberIds);
        for (int i = 0; i < ids.size(); i += 500) {
            MemberAccount.lockRows(em, ids.subList(i, Math.min(ids.size(), i + 500)));
        }
        LedgerRows.lockTables(em.unwrap(Connection.class), TABLES);
        for (int i = 0; i < ids.size(); i += 500) {
            List<Long> part = InLists.padded(ids.subList(i, Math.min(ids.size(), i + 500)), 500);
            for (MemberEntity m : em.createQuery("SELECT m FROM LoyaltyMember m WHERE m.id IN :ids", MemberEntity.class)
                    .setParameter("ids", part).getResultList()) {
                members.put(m.getId(), m);
                qualifying.put(m.getId(), new TreeMap<>());
            }
            for (Object[] row : em.createQuery("SELECT e.memberId, e.day, SUM(e.qualifying) FROM LoyaltyEntry e"
                    + " WHERE e.memberId IN :ids AND e.day >= :from GROUP BY e.memberId, e.day", Object[].class)
                    .setParameter("ids", part).setParameter("from", LedgerRules.qualifyingFrom(firstDay))
                    .getResultList()) {
                qualifying.get((Long) row[0]).merge((LocalDate) row[1], ((Number) row[2]).longValue(), Long::sum);
            }
        }
    }

    /**
     * Records a purchase of a member of the chunk; returns the tier names before and after when it upgraded the
     * member, else {@code null}.
     */
    public String[] earn(long memberId, Purchase purchase) {
        MemberEntity member = members.get(memberId);
        Tier before = LedgerRules.tier(program, member.getTierRank());
        long points = LedgerRules.purchasePoints(purchase.amount(), program.pointsPerUnit(), before.multiplier()
                .multiply(categories.multiplier(purchase.category(), purchase.day())));
        LocalDate availableFrom = LedgerRules.availableFrom(purchase.day(), program.pendingDays());
        LocalDate expires = LedgerRules.lastUsableDay(purchase.day(), program.expiryMonths());
        long entryId = rows.nextId(LedgerEntryEntity.class);
        rows.add(new LedgerRows.Entry(entryId, program.id(), memberId, EntryType.EARN, points, points, purchase.day(),
                availableFrom, expires == LotEntity.NEVER ? null : expires, "Purchase " + purchase.reference(),
                purchase.reference(), null, purchase.amount()));
        Long lotId = null;
        if (points > 0) {
            lotId = rows.nextId(LotEntity.class);
            rows.add(new LedgerRows.Lot(lotId, program.id(), memberId, entryId, purchase.day(), availableFrom, expires,
                    points));
        }
        rows.add(new LedgerRows.Purchase(rows.nextId(TransactionEntity.class), program.id(), purchase.reference(),
                memberId, purchase.day(), purchase.amount(), program.currency(), entryId, points, lotId,
                TransactionEntity.categoryKey(purchase.category())));
        TreeMap<LocalDate, Long> days = qualifying.get(memberId);
        days.merge(purchase.day(), points, Long::sum);
        int current = member.getTierRank();
        if (current >= program.tiers().size() - 1) {
            return null;
        }
        long earned = days.subMap(LedgerRules.qualifyingFrom(purchase.day()), true, purchase.day(), true).values()
                .stream().mapToLong(Long::longValue).sum();
        int qualified = LedgerRules.qualifiedRank(program.tiers(), earned);
        if (qualified <= current) {
            return null;
        }
        member.setTier(qualified, purchase.day());
        return new String[] { program.tiers().get(current).name(), program.tiers().get(qualified).name() };
    }

    /**
     * Records a refund (the general path, which reads the member's lots and the purchase, so the chunk's rows so far
     * are written first); keeps the chunk's tier points right.
     */
    public RefundResult refund(long memberId, Refund refund) {
        finish();
        RefundResult result = writes.refund(em, program, refund);
        em.flush();
        qualifying.get(memberId).merge(refund.day(), -result.share(), Long::sum);
        return result;
    }

    /** Writes the rows collected so far; call before the transaction commits. */
    public void finish() {
        rows.write(em.unwrap(Connection.class));
    }

    /** Whether the member is one of the chunk's. */
    public boolean has(long memberId) {
        return members.containsKey(memberId);
    }
}
