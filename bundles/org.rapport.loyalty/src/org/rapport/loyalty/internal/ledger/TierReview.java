package org.rapport.loyalty.internal.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.rapport.loyalty.LoyaltyException;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ReviewResult;
import org.rapport.loyalty.internal.LoyaltyEvents;
import org.rapport.loyalty.internal.LoyaltyUnit;
import org.rapport.loyalty.internal.Programs;
import org.rapport.loyalty.internal.model.MemberEntity;
import org.rapport.loyalty.internal.model.ProgramEntity;

/**
 * The monthly tier review: on the first day of a month each member above the base tier whose points earned from the
 * same day a year earlier through the day before are below the current tier's threshold moves down one tier. Members
 * are reviewed a chunk per transaction; the program records the day so a review runs once.
 */
final class TierReview {

    /** Members per transaction. */
    static final int CHUNK = 500;

    private final LoyaltyUnit unit;
    private final LoyaltyEvents events;

    TierReview(LoyaltyUnit unit, LoyaltyEvents events) {
        this.unit = unit;
        this.events = events;
    }

    ReviewResult run(long programId, LocalDate day) {
        if (day.getDayOfMonth() != 1) {
            throw new LoyaltyException("the tier review runs on the first day of a month, not on " + day);
        }
        Program program = unit.read(em -> Programs.load(em, programId));
        if (day.equals(unit.read(em -> em.find(ProgramEntity.class, programId).getLastReview()))) {
            return new ReviewResult(programId, day, 0, 0);
        }
        long reviewed = 0;
        long downgraded = 0;
        long after = -1;
        List<String[]> changes = new ArrayList<>();
        while (true) {
            long from = after;
            List<MemberEntity> chunk = unit.write(em -> reviewChunk(em, program, day, from, changes));
            if (chunk.isEmpty()) {
                break;
            }
            reviewed += chunk.size();
            after = chunk.get(chunk.size() - 1).getId();
        }
        downgraded = changes.size();
        unit.write(em -> {
            em.find(ProgramEntity.class, programId).setLastReview(day);
            return null;
        });
        if (changes.size() <= LoyaltyEvents.PER_PERSON_LIMIT) {
            for (String[] change : changes) {
                events.tierChanged(programId, Long.parseLong(change[0]), change[1], change[2]);
            }
        } else {
            events.membersChanged(programId, List.of());
        }
        return new ReviewResult(programId, day, reviewed, downgraded);
    }

    private static List<MemberEntity> reviewChunk(EntityManager em, Program program, LocalDate day, long after,
            List<String[]> changes) {
        List<Long> ids = em.createQuery("SELECT m.id FROM LoyaltyMember m WHERE m.programId = :p AND m.tierRank > 0"
                + " AND m.id > :after ORDER BY m.id", Long.class).setParameter("p", program.id())
                .setParameter("after", after).setMaxResults(CHUNK).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        MemberAccount.lockRows(em, ids);
        List<MemberEntity> members = new ArrayList<>(em.createQuery("SELECT m FROM LoyaltyMember m WHERE m.id IN :ids",
                MemberEntity.class).setParameter("ids", ids).getResultList());
        members.sort(java.util.Comparator.comparingLong(MemberEntity::getId));
        Map<Long, Long> earned = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT e.memberId, SUM(e.qualifying) FROM LoyaltyEntry e WHERE e.memberId IN :ids"
                + " AND e.day >= :from AND e.day <= :to GROUP BY e.memberId", Object[].class)
                .setParameter("ids", members.stream().map(MemberEntity::getId).toList())
                .setParameter("from", day.minusYears(1)).setParameter("to", day.minusDays(1)).getResultList()) {
            earned.put((Long) row[0], ((Number) row[1]).longValue());
        }
        for (MemberEntity member : members) {
            int rank = member.getTierRank();
            if (rank > 0 && earned.getOrDefault(member.getId(), 0L) < program.tiers().get(rank).threshold()) {
                member.setTier(rank - 1, day);
                changes.add(new String[] { Long.toString(member.getPersonId()), program.tiers().get(rank).name(),
                        program.tiers().get(rank - 1).name() });
            }
        }
        return members;
    }
}
