package org.rapport.loyalty.internal.ledger;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.rapport.loyalty.EntryType;
import org.rapport.loyalty.ExpiryRun;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.internal.LoyaltyUnit;
import org.rapport.loyalty.internal.Programs;
import org.rapport.loyalty.internal.model.LedgerEntryEntity;
import org.rapport.loyalty.internal.model.LotEntity;

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
        // the members concerned, read once: a query per chunk would scan every expiring lot again each time
        List<Long> memberIds = unit.read(em -> em.createQuery("SELECT DISTINCT l.memberId FROM LoyaltyLot l"
                + " WHERE l.programId = :p AND l.openUntil < :d", Long.class).setParameter("p", programId)
                .setParameter("d", day).getResultList());
        long members = 0;
        long lots = 0;
        long points = 0;
        for (int i = 0; i < memberIds.size(); i += CHUNK) {
            List<Long> chunk = memberIds.subList(i, Math.min(memberIds.size(), i + CHUNK));
            long[] done = unit.write(em -> chunk(em, program, day, chunk));
            members += done[0];
            lots += done[1];
            points += done[2];
        }
        return new ExpiryRun(programId, day, members, lots, points);
    }

    /** Expires the lots of a chunk of members: members, lots, points. */
    private static long[] chunk(EntityManager em, Program program, LocalDate day, List<Long> memberIds) {
        // lock the members first, then read their lots: a redemption that committed meanwhile is seen
        MemberAccount.lockRows(em, memberIds);
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
        return new long[] { byMember.size(), lots, points };
    }
}
