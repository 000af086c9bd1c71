package org.rapport.loyalty.internal.ledger;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.rapport.loyalty.EntryType;
import org.rapport.loyalty.ExpiryRun;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.internal.LoyaltyUnit;
import org.rapport.loyalty.internal.Programs;
import org.rapport.loyalty.internal.model.LedgerEntryEntity;
import org.rapport.loyalty.internal.model.LotEntity;
import org.rapport.loyalty.internal.model.MemberEntity;

/**
 * The expiry run of a program: every open lot whose last usable day is before the run's day is emptied by one EXPIRE
 * entry per member that records the lots. Members are handled a chunk per transaction (locked like any other ledger
 * write), so a crash loses at most the chunk in flight and a re-run finishes the rest.
 */
final class Expiry {

    /** Members per transaction. */
    static final int CHUNK = 500;

    private final LoyaltyUnit unit;

    Expiry(LoyaltyUnit unit) {
        this.unit = unit;
    }

    ExpiryRun run(long programId, LocalDate day) {
        Program program = unit.read(em -> Programs.load(em, programId));
        long members = 0;
        long lots = 0;
        long points = 0;
        long after = -1;
        while (true) {
            long from = after;
            long[] done = unit.write(em -> chunk(em, program, day, from));
            if (done[0] == 0) {
                break;
            }
            members += done[0];
            lots += done[1];
            points += done[2];
            after = done[3];
        }
        return new ExpiryRun(programId, day, members, lots, points);
    }

    /** Expires the lots of the next chunk of members after {@code afterMember}: members, lots, points, last member. */
    private static long[] chunk(EntityManager em, Program program, LocalDate day, long afterMember) {
        List<Long> memberIds = em.createQuery("SELECT DISTINCT l.memberId FROM LoyaltyLot l WHERE l.programId = :p"
                + " AND l.openUntil < :d AND l.memberId > :after ORDER BY l.memberId", Long.class)
                .setParameter("p", program.id()).setParameter("d", day).setParameter("after", afterMember)
                .setMaxResults(CHUNK).getResultList();
        if (memberIds.isEmpty()) {
            return new long[4];
        }
        // lock the members first, then read their lots: a redemption that committed meanwhile is seen
        em.createQuery("SELECT m FROM LoyaltyMember m WHERE m.id IN :ids", MemberEntity.class)
                .setParameter("ids", memberIds).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        Map<Long, List<LotEntity>> byMember = new LinkedHashMap<>();
        for (LotEntity lot : em.createQuery("SELECT l FROM LoyaltyLot l WHERE l.memberId IN :ids AND l.openUntil < :d"
                + " ORDER BY l.memberId, l.earnedOn, l.id", LotEntity.class).setParameter("ids", memberIds)
                .setParameter("d", day).getResultList()) {
            byMember.computeIfAbsent(lot.getMemberId(), id -> new java.util.ArrayList<>()).add(lot);
        }
        long lots = 0;
        long points = 0;
        for (Map.Entry<Long, List<LotEntity>> member : byMember.entrySet()) {
            long total = member.getValue().stream().mapToLong(LotEntity::getRemaining).sum();
            LedgerEntryEntity debit = new LedgerEntryEntity(program.id(), member.getKey(), EntryType.EXPIRE, -total, 0, day)
                    .about("Points expired (usable through " + member.getValue().get(0).getExpiresOn() + ")", null, null,
                            null);
            em.persist(debit);
            for (LotEntity lot : member.getValue()) {
                long taken = lot.getRemaining();
                lot.take(taken);
                em.persist(new org.rapport.loyalty.internal.model.AllocationEntity(debit.getId(), lot.getId(), taken));
                lots++;
            }
            points += total;
        }
        return new long[] { byMember.size(), lots, points, memberIds.get(memberIds.size() - 1) };
    }
}
