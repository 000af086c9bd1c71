package org.rapport.loyalty.internal.ledger;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;

import org.rapport.loyalty.EntryType;
import org.rapport.loyalty.LoyaltyException;
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
 * Purchases of an import chunk in one transaction with one query per chunk instead of three per row: the caller locks
 * the members' and the ledger's tables ({@link #lock}) before it reads the chunk's members, and the members' tier
 * points are read once per chunk and kept up to date as the chunk earns. A purchase's entry, lot and
 * transaction rows are collected and written by JDBC batches ({@link LedgerRows}) when the chunk ends or a refund needs
 * them in the database. The rules are those of {@link LedgerWrites}; the caller has checked currencies, amounts and
 * references.
 */
public final class ChunkLedger {

    /**
     * The tables a chunk writes, members first as every ledger writer takes them (see {@link LedgerRows#lockTables}).
     * The member table whole, not the chunk's member rows one by one: the chunk holds the ledger's tables anyway, so
     * the row locks only cost a probe per member.
     */
    private static final String[] TABLES = { "LOY_MEMBER", "LOY_ENTRY", "LOY_LOT", "LOY_ALLOCATION", "LOY_TRANSACTION" };

    /** Members per IN list. */
    private static final int IN_LIST = 500;

    private final EntityManager em;
    private final Program program;
    private final LedgerWrites writes = new LedgerWrites();
    private final Map<Long, MemberEntity> members = new HashMap<>();
    private final Map<Long, TreeMap<LocalDate, Long>> qualifying = new HashMap<>();
    private final CategoryMultipliers categories;
    private final LedgerRows rows;

    /**
     * Locks the member and ledger tables until the transaction ends: other writers wait for the chunk, and what the
     * chunk reads after this stays true until it commits.
     */
    public static void lock(EntityManager em) {
        LedgerRows.lockTables(em.unwrap(Connection.class), TABLES);
    }

    /**
     * Reads the members' tier points from the year before {@code firstDay}.
     *
     * @param members the chunk's members, read in this transaction after {@link #lock}
     */
    public ChunkLedger(EntityManager em, Program program, Collection<MemberEntity> members, LocalDate firstDay) {
        this.em = em;
        this.program = program;
        this.categories = CategoryMultipliers.read(em, program.id());
        this.rows = new LedgerRows(em);
        for (MemberEntity m : members) {
            this.members.put(m.getId(), m);
            qualifying.put(m.getId(), new TreeMap<>());
        }
        // a member at the top tier cannot go up: its history is not needed
        List<Long> ids = members.stream().filter(m -> m.getTierRank() < program.tiers().size() - 1)
                .map(MemberEntity::getId).distinct().toList();
        readTierPoints(em.unwrap(Connection.class), ids, LedgerRules.qualifyingFrom(firstDay));
    }

    /**
     * Reads the members' qualifying entries since {@code from} from the member index alone (it holds the columns), by
     * plain JDBC: no grouping to sort, no result objects to build; summed per day here.
     */
    private void readTierPoints(Connection c, List<Long> ids, LocalDate from) {
        try (PreparedStatement read = c.prepareStatement("SELECT MEMBER_ID, DAY, QUALIFYING FROM LOY_ENTRY WHERE"
                + " MEMBER_ID IN (" + MemberAccount.marks(IN_LIST) + ") AND DAY >= ? AND QUALIFYING <> 0")) {
            for (int i = 0; i < ids.size(); i += IN_LIST) {
                int n = MemberAccount.bind(read, InLists.padded(ids.subList(i, Math.min(ids.size(), i + IN_LIST)), IN_LIST));
                read.setDate(n, Date.valueOf(from));
                try (ResultSet r = read.executeQuery()) {
                    while (r.next()) {
                        qualifying.get(r.getLong(1)).merge(r.getDate(2).toLocalDate(), r.getLong(3), Long::sum);
                    }
                }
            }
        } catch (SQLException e) {
            throw new LoyaltyException("cannot read the members' tier points: " + e.getMessage());
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
}
