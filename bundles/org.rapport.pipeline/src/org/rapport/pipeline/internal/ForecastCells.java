package org.rapport.pipeline.internal;

import java.util.Objects;

import jakarta.persistence.EntityManager;

import org.rapport.pipeline.OpportunityStatus;
import org.rapport.pipeline.internal.model.ForecastCellEntity;
import org.rapport.pipeline.internal.model.OpportunityEntity;

/**
 * Keeps the forecast cells in line with the opportunities, inside the transaction that changes them: take a
 * {@link Contribution} of a deal before changing it, and {@link #move} it to the deal's contribution afterwards.
 */
final class ForecastCells {

    /** What one deal adds to its cell. */
    record Contribution(long pipelineId, int closeMonth, String owner, String currency, long amount, long weighted, long won) {

        /** The deal's contribution now, or {@code null} for none. */
        static Contribution of(OpportunityEntity o) {
            if (o == null) {
                return null;
            }
            return new Contribution(o.getPipelineId(), o.getCloseMonth(), o.getOwner(), o.getCurrency(), o.getAmountCents(),
                    o.getWeightedCents(), o.getStatus() == OpportunityStatus.WON ? o.getAmountCents() : 0);
        }

        boolean sameCell(Contribution other) {
            return pipelineId == other.pipelineId && closeMonth == other.closeMonth && owner.equals(other.owner)
                    && currency.equals(other.currency);
        }
    }

    private ForecastCells() {
    }

    /** Moves a deal's contribution from {@code before} (null: it is new) to {@code after} (null: it is deleted). */
    static void move(EntityManager em, Contribution before, Contribution after) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (before != null) {
            cell(em, before).add(-1, before.amount(), before.weighted(), before.won());
        }
        if (after != null) {
            cell(em, after).add(1, after.amount(), after.weighted(), after.won());
        }
    }

    private static ForecastCellEntity cell(EntityManager em, Contribution c) {
        ForecastCellEntity cell = em.createQuery("SELECT c FROM ForecastCell c WHERE c.closeMonth = :month AND c.owner = :owner"
                + " AND c.currency = :currency AND c.pipelineId = :pipeline", ForecastCellEntity.class)
                .setParameter("month", c.closeMonth()).setParameter("owner", c.owner()).setParameter("currency", c.currency())
                .setParameter("pipeline", c.pipelineId()).getResultStream().findFirst().orElse(null);
        if (cell == null) {
            cell = new ForecastCellEntity(c.pipelineId(), c.closeMonth(), c.owner(), c.currency());
            em.persist(cell);
        }
        return cell;
    }

    /**
     * Recomputes the cells of one pipeline (or all, for {@code null}) from the deals by one GROUP BY: after bulk
     * updates and bulk inserts, which bypass {@link #move}.
     */
    static void rebuild(EntityManager em, Long pipelineId) {
        String onePipeline = pipelineId == null ? "" : " WHERE o.pipelineId = :pipeline";
        var delete = em.createQuery("DELETE FROM ForecastCell c" + (pipelineId == null ? "" : " WHERE c.pipelineId = :pipeline"));
        var sums = em.createQuery("SELECT o.pipelineId, o.closeMonth, o.owner, o.currency, COUNT(o), SUM(o.amountCents),"
                + " SUM(o.weightedCents), SUM(o.wonCents) FROM Opportunity o" + onePipeline
                + " GROUP BY o.pipelineId, o.closeMonth, o.owner, o.currency", Object[].class);
        if (pipelineId != null) {
            delete.setParameter("pipeline", pipelineId);
            sums.setParameter("pipeline", pipelineId);
        }
        delete.executeUpdate();
        for (Object[] row : sums.getResultList()) {
            ForecastCellEntity cell = new ForecastCellEntity((Long) row[0], ((Number) row[1]).intValue(), (String) row[2],
                    (String) row[3]);
            cell.set(((Number) row[4]).longValue(), ((Number) row[5]).longValue(), ((Number) row[6]).longValue(),
                    ((Number) row[7]).longValue());
            em.persist(cell);
        }
    }
}
