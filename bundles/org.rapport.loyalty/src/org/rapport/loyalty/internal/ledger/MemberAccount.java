package org.rapport.loyalty.internal.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.rapport.loyalty.EntryType;
import org.rapport.loyalty.LoyaltyException;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.internal.model.AllocationEntity;
import org.rapport.loyalty.internal.model.LedgerEntryEntity;
import org.rapport.loyalty.internal.model.LotEntity;
import org.rapport.loyalty.internal.model.MemberEntity;

/**
 * A member's account inside one write transaction: the member row locked first (the database serializes every write
 * on the member, across threads and processes), then its open lots read, so what is taken from them is current.
 */
final class MemberAccount {

    private final EntityManager em;
    private final Program program;
    private final MemberEntity member;
    private List<LotEntity> openLots;

    private MemberAccount(EntityManager em, Program program, MemberEntity member) {
        this.em = em;
        this.program = program;
        this.member = member;
    }

    /**
     * Locks the member's row; a {@link LoyaltyException} when the person is no member. The lock is an update that
     * changes nothing ({@link #lockRows}), not a {@code SELECT ... FOR UPDATE}: Derby reads an updatable cursor without
     * the index on its columns, so that would scan and lock the whole member table.
     */
    static MemberAccount lock(EntityManager em, Program program, long personId) {
        int locked = em.createNativeQuery("UPDATE LOY_MEMBER SET TIER_RANK = TIER_RANK WHERE PROGRAM_ID = ?"
                + " AND PERSON_ID = ?").setParameter(1, program.id()).setParameter(2, personId).executeUpdate();
        if (locked == 0) {
            throw new LoyaltyException("person " + personId + " is not a member of " + program.name());
        }
        MemberEntity member = em.createQuery("SELECT m FROM LoyaltyMember m WHERE m.programId = :p AND m.personId = :person",
                MemberEntity.class).setParameter("p", program.id()).setParameter("person", personId).getSingleResult();
        return new MemberAccount(em, program, member);
    }

    /**
     * Locks members' rows by their ids until the transaction ends, with an update that changes nothing: the database
     * holds the row locks, so ledger writes on a member are serialized across threads and processes.
     */
    static void lockRows(EntityManager em, List<Long> memberIds) {
        for (int i = 0; i < memberIds.size(); i += 200) {
            List<Long> part = InLists.padded(memberIds.subList(i, Math.min(memberIds.size(), i + 200)), 200);
            StringBuilder sql = new StringBuilder("UPDATE LOY_MEMBER SET TIER_RANK = TIER_RANK WHERE ID IN (");
            for (int j = 0; j < part.size(); j++) {
                sql.append(j == 0 ? "?" : ",?");
            }
            jakarta.persistence.Query update = em.createNativeQuery(sql.append(')').toString());
            for (int j = 0; j < part.size(); j++) {
                update.setParameter(j + 1, part.get(j));
            }
            update.executeUpdate();
        }
    }

    /** {@code n} JDBC parameter marks separated by commas, for an IN list. */
    static String marks(int n) {
        return "?" + ",?".repeat(n - 1);
    }

    /** Binds ids to the first parameters of a statement; returns the index of the next parameter. */
    static int bind(java.sql.PreparedStatement statement, List<Long> ids) throws java.sql.SQLException {
        int n = 1;
        for (Long id : ids) {
            statement.setLong(n++, id);
        }
        return n;
    }

    /** The account of a member whose row the caller has locked already in this transaction. */
    static MemberAccount locked(EntityManager em, Program program, MemberEntity member) {
        return new MemberAccount(em, program, member);
    }

    MemberEntity member() {
        return member;
    }

    Program program() {
        return program;
    }

    /** The lots with points left, oldest earned first. */
    List<LotEntity> openLots() {
        if (openLots == null) {
            openLots = new ArrayList<>(em.createQuery(
                    "SELECT l FROM LoyaltyLot l WHERE l.memberId = :m AND l.remaining > 0 ORDER BY l.earnedOn, l.id",
                    LotEntity.class).setParameter("m", member.getId()).getResultList());
        }
        return openLots;
    }

    /** Points that can be spent on {@code day}. */
    long availableOn(LocalDate day) {
        return openLots().stream().filter(l -> l.availableOn(day)).mapToLong(LotEntity::getRemaining).sum();
    }

    /** Writes an entry (not yet a lot or allocation). */
    LedgerEntryEntity write(LedgerEntryEntity entry) {
        em.persist(entry);
        return entry;
    }

    /** A new entry of this member. */
    LedgerEntryEntity entry(EntryType type, long points, long qualifying, LocalDate day) {
        return new LedgerEntryEntity(program.id(), member.getId(), type, points, qualifying, day);
    }

    /** Writes a credit entry and its lot. */
    LotEntity credit(LedgerEntryEntity entry, LocalDate availableFrom) {
        LocalDate expires = LedgerRules.lastUsableDay(entry.getDay(), program.expiryMonths());
        entry.validity(availableFrom, expires == LotEntity.NEVER ? null : expires);
        write(entry);
        LotEntity lot = new LotEntity(program.id(), member.getId(), entry.getId(), entry.getDay(), availableFrom, expires,
                entry.getPoints());
        if (entry.getPoints() > 0) {
            em.persist(lot);
            if (openLots != null) {
                openLots.add(lot);
            }
        }
        return lot;
    }

    /**
     * Takes up to {@code wanted} points from the lots available on {@code day} (oldest first, skipping {@code except}),
     * recording each draw for {@code debit}; returns how many were taken.
     */
    long takeAvailable(LedgerEntryEntity debit, long wanted, LocalDate day, LotEntity except) {
        long taken = 0;
        for (LotEntity lot : openLots()) {
            if (taken == wanted) {
                break;
            }
            if (lot != except && lot.availableOn(day)) {
                taken += takeFrom(debit, lot, wanted - taken);
            }
        }
        return taken;
    }

    /** Takes up to {@code wanted} from one lot for {@code debit}, recording the allocation; returns how many. */
    long takeFrom(LedgerEntryEntity debit, LotEntity lot, long wanted) {
        long taken = lot.take(wanted);
        if (taken > 0) {
            em.persist(new AllocationEntity(debit.getId(), lot.getId(), taken));
        }
        return taken;
    }

    /** Points earned for tiers from {@code from} through {@code to}, both included. */
    long qualifying(LocalDate from, LocalDate to) {
        return qualifying(em, member.getId(), from, to);
    }

    static long qualifying(EntityManager em, long memberId, LocalDate from, LocalDate to) {
        Long sum = em.createQuery("SELECT SUM(e.qualifying) FROM LoyaltyEntry e WHERE e.memberId = :m AND e.day >= :from"
                + " AND e.day <= :to", Long.class).setParameter("m", memberId).setParameter("from", from)
                .setParameter("to", to).getSingleResult();
        return sum == null ? 0 : sum;
    }
}
