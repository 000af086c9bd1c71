package org.rapport.community.internal.score;

import java.time.YearMonth;
import java.util.List;

import org.rapport.community.OrbitLevel;
import org.rapport.community.OrbitSnapshot;

import jakarta.persistence.EntityManager;

/**
 * Keeps the current month's row of the level history up to date between full computations: a member placed or moved
 * by new activity moves one count.
 */
final class OrbitMonths {

    private OrbitMonths() {
    }

    /**
     * Moves one member from {@code from} ({@code null}: a member scored for the first time) to {@code to} ({@code null}:
     * a member no longer scored, e.g. made staff) in the
     * month's counts; a month without a row starts from the stored scores, so call this before the member's score
     * changes.
     */
    static void move(EntityManager em, YearMonth month, OrbitLevel from, OrbitLevel to) {
        if (from == to) {
            return;
        }
        OrbitMonthEntity row = em.find(OrbitMonthEntity.class, OrbitMonthEntity.key(month));
        int[] counts;
        if (row == null) {
            counts = storedCounts(em);
        } else {
            OrbitSnapshot s = row.toSnapshot();
            counts = new int[] { s.advocates(), s.contributors(), s.participants(), s.explorers() };
        }
        if (from != null) {
            counts[from.ordinal()] = Math.max(0, counts[from.ordinal()] - 1);
        }
        if (to != null) {
            counts[to.ordinal()]++;
        }
        OrbitMonthEntity previous = em.find(OrbitMonthEntity.class, OrbitMonthEntity.key(month.minusMonths(1)));
        OrbitSnapshot snapshot = OrbitSnapshot.of(month, counts,
                previous == null ? Double.NaN : previous.toSnapshot().weightedCommitment());
        if (row == null) {
            em.persist(new OrbitMonthEntity(snapshot));
        } else {
            row.set(snapshot);
        }
    }

    /** Members per level in the stored scores (index 0 = level 1). */
    static int[] storedCounts(EntityManager em) {
        int[] counts = new int[OrbitLevel.values().length];
        List<Object[]> rows = em.createQuery("SELECT s.level, COUNT(s) FROM CommunityScore s GROUP BY s.level",
                Object[].class).getResultList();
        for (Object[] row : rows) {
            counts[((Number) row[0]).intValue() - 1] = ((Number) row[1]).intValue();
        }
        return counts;
    }
}
