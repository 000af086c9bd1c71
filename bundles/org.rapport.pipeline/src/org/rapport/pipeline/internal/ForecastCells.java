package org.rapport.pipeline.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;

import org.rapport.persistence.access.UnitAccess;
import org.rapport.pipeline.OpportunityStatus;
import org.rapport.pipeline.internal.model.ForecastCellEntity;
import org.rapport.pipeline.internal.model.OpportunityEntity;

/**
 * Keeps the forecast cells in line with the opportunities, inside the transaction that changes them: take a
 * {@link Contribution} of a deal before changing it, and {@link #move} it to the deal's contribution afterwards.
 * <p>
 * Many writers share a cell (every deal of a rep in a month), so a cell is never read, changed and written back
 * (two writers would fail on its optimistic lock): each change is one atomic {@code UPDATE ... SET DEALS = DEALS + ?}
 * whose row lock makes concurrent writers of a cell wait for each other instead. A missing cell is first created in
 * a short transaction of its own, so two writers creating the same cell do not fail on its unique key either. The
 * cells a transaction changes are locked in one order (by key, after the deal's own rows), so writers moving deals
 * between two cells in opposite directions do not deadlock.
 */
final class ForecastCells {

    /** The key of a cell, ordered so every transaction locks cells in the same order. */
    record Cell(long pipelineId, int closeMonth, String owner, String currency) implements Comparable<Cell> {

        private static final Comparator<Cell> ORDER = Comparator.comparingInt(Cell::closeMonth).thenComparing(Cell::owner)
                .thenComparing(Cell::currency).thenComparingLong(Cell::pipelineId);

        @Override
        public int compareTo(Cell other) {
            return ORDER.compare(this, other);
        }
    }

    /** What one deal adds to its cell. */
    record Contribution(Cell cell, long amount, long weighted, long won) {

        /** The deal's contribution now, or {@code null} for none. */
        static Contribution of(OpportunityEntity o) {
            if (o == null) {
                return null;
            }
            return new Contribution(new Cell(o.getPipelineId(), o.getCloseMonth(), o.getOwner(), o.getCurrency()),
                    o.getAmountCents(), o.getWeightedCents(), o.getStatus() == OpportunityStatus.WON ? o.getAmountCents() : 0);
        }
    }

    /** A change of one cell's sums. */
    private record Change(long deals, long amount, long weighted, long won) {

        static final Change NONE = new Change(0, 0, 0, 0);

        Change plus(int sign, Contribution c) {
            return new Change(deals + sign, amount + sign * c.amount(), weighted + sign * c.weighted(), won + sign * c.won());
        }

        boolean isNone() {
            return equals(NONE);
        }
    }

    /**
     * The atomic change of one cell, in SQL rather than JPQL: EclipseLink writes a JPQL parameter that takes part in
     * arithmetic ({@code c.deals + :deals}) into the SQL as a literal on Derby, so every change would be a new statement
     * for Derby to compile (a stage move took three times as long). Here every value is a bound parameter.
     */
    private static final String ADD = "UPDATE PL_FORECAST_CELL SET DEALS = DEALS + ?1, AMOUNT_CENTS = AMOUNT_CENTS + ?2,"
            + " WEIGHTED_CENTS = WEIGHTED_CENTS + ?3, WON_CENTS = WON_CENTS + ?4, VERSION = VERSION + 1"
            + " WHERE CLOSE_MONTH = ?5 AND OWNER = ?6 AND CURRENCY = ?7 AND PIPELINE_ID = ?8";

    private ForecastCells() {
    }

    /** Moves a deal's contribution from {@code before} (null: it is new) to {@code after} (null: it is deleted). */
    static void move(EntityManager em, Contribution before, Contribution after) {
        Map<Cell, Change> changes = new TreeMap<>();
        if (before != null) {
            changes.merge(before.cell(), Change.NONE.plus(-1, before), ForecastCells::sum);
        }
        if (after != null) {
            changes.merge(after.cell(), Change.NONE.plus(1, after), ForecastCells::sum);
        }
        apply(em, changes);
    }

    /** Takes the contributions of deleted deals out of their cells. */
    static void remove(EntityManager em, Collection<Contribution> removed) {
        Map<Cell, Change> changes = new TreeMap<>();
        for (Contribution c : removed) {
            changes.merge(c.cell(), Change.NONE.plus(-1, c), ForecastCells::sum);
        }
        apply(em, changes);
    }

    private static Change sum(Change a, Change b) {
        return new Change(a.deals() + b.deals(), a.amount() + b.amount(), a.weighted() + b.weighted(), a.won() + b.won());
    }

    /** Applies the changes in key order (a sorted map), after writing the deal's own rows. */
    private static void apply(EntityManager em, Map<Cell, Change> changes) {
        changes.values().removeIf(Change::isNone);
        if (changes.isEmpty()) {
            return;
        }
        em.flush();
        for (Map.Entry<Cell, Change> change : changes.entrySet()) {
            if (add(em, change.getKey(), change.getValue()) == 0) {
                PersistenceException refused = create(em.getEntityManagerFactory(), change.getKey());
                if (add(em, change.getKey(), change.getValue()) == 0) {
                    throw refused != null ? refused
                            : new IllegalStateException("Forecast cell " + change.getKey() + " was created but is not there");
                }
            }
        }
    }

    private static int add(EntityManager em, Cell cell, Change change) {
        return em.createNativeQuery(ADD).setParameter(1, change.deals()).setParameter(2, change.amount())
                .setParameter(3, change.weighted()).setParameter(4, change.won()).setParameter(5, cell.closeMonth())
                .setParameter(6, cell.owner()).setParameter(7, cell.currency()).setParameter(8, cell.pipelineId())
                .executeUpdate();
    }

    /**
     * Creates an empty cell in a transaction of its own (committed at once, so the writers of the cell only ever
     * wait for each other's {@code UPDATE}s); returns the failure if it could not, which is expected when another
     * writer created the cell at the same time (the unique key refuses the second one).
     */
    private static PersistenceException create(EntityManagerFactory emf, Cell cell) {
        try {
            return UnitAccess.inTransaction(emf.createEntityManager(), em -> {
                boolean exists = !em.createQuery("SELECT c.id FROM ForecastCell c WHERE c.closeMonth = :month"
                        + " AND c.owner = :owner AND c.currency = :currency AND c.pipelineId = :pipeline", Long.class)
                        .setParameter("month", cell.closeMonth()).setParameter("owner", cell.owner())
                        .setParameter("currency", cell.currency()).setParameter("pipeline", cell.pipelineId())
                        .setMaxResults(1).getResultList().isEmpty();
                if (!exists) {
                    em.persist(new ForecastCellEntity(cell.pipelineId(), cell.closeMonth(), cell.owner(), cell.currency()));
                }
                return null;
            });
        } catch (PersistenceException e) {
            return e;
        }
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
