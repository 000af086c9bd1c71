package org.rapport.pipeline.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.rapport.pipeline.Board;
import org.rapport.pipeline.BoardColumn;
import org.rapport.pipeline.BoardQuery;
import org.rapport.pipeline.Money;
import org.rapport.pipeline.OpportunityStatus;
import org.rapport.pipeline.OpportunitySummary;
import org.rapport.pipeline.Pipeline;
import org.rapport.pipeline.Stage;
import org.rapport.pipeline.StageKind;

/**
 * The kanban board in a few queries: one GROUP BY for every column's count and totals, then one projection query per
 * column for its first cards (an index on stage and close date serves each). No entity is loaded.
 */
final class BoardQueries {

    private BoardQueries() {
    }

    static Board board(EntityManager em, Pipeline pipeline, BoardQuery query) {
        Map<Long, List<Object[]>> sums = new HashMap<>();
        // one query per status, so each reads one range of the covering index (pipeline, status, closed on, ...)
        String select = "SELECT o.stageId, o.currency, COUNT(o), SUM(o.amountCents), SUM(o.weightedCents) FROM Opportunity o"
                + " WHERE o.pipelineId = :pipeline" + filters(query);
        List<TypedQuery<Object[]>> queries = new ArrayList<>();
        for (OpportunityStatus status : OpportunityStatus.values()) {
            boolean recentOnly = status != OpportunityStatus.OPEN && query.closedSince() != null;
            TypedQuery<Object[]> grouped = em.createQuery(select + " AND o.status = :status"
                    + (recentOnly ? " AND o.closedOn >= :since" : "") + " GROUP BY o.stageId, o.currency", Object[].class)
                    .setParameter("status", status);
            if (recentOnly) {
                grouped.setParameter("since", query.closedSince());
            }
            queries.add(grouped);
        }
        for (TypedQuery<Object[]> grouped : queries) {
            bind(grouped, query);
            for (Object[] row : grouped.getResultList()) {
                sums.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(row);
            }
        }
        List<BoardColumn> columns = new ArrayList<>();
        for (Stage stage : pipeline.stages()) {
            List<Object[]> rows = new ArrayList<>(sums.getOrDefault(stage.id(), List.of()));
            rows.sort(Comparator.comparing((Object[] r) -> ((Number) r[3]).longValue()).reversed());
            int count = rows.stream().mapToInt(r -> ((Number) r[2]).intValue()).sum();
            List<Money> totals = rows.stream().map(r -> new Money(cents(r[3]), (String) r[1])).toList();
            List<Money> weighted = rows.stream().map(r -> new Money(cents(r[4]), (String) r[1])).toList();
            List<OpportunitySummary> cards = count == 0 || query.cardsPerStage() == 0 ? List.of()
                    : cards(em, query, stage, 0, query.cardsPerStage());
            columns.add(new BoardColumn(stage, count, totals, weighted, cards));
        }
        return new Board(query, pipeline, columns);
    }

    static List<OpportunitySummary> cards(EntityManager em, BoardQuery query, Stage stage, int offset, int limit) {
        boolean recentOnly = closing(stage) && query.closedSince() != null;
        // open deals by expected close date; closed ones most recently closed first
        String order = closing(stage) ? " ORDER BY o.closedOn DESC, o.id DESC" : " ORDER BY o.expectedClose, o.id";
        // the stage implies the pipeline; naming it too would lead Derby to the board's index instead of the cards'
        TypedQuery<OpportunitySummary> cards = em.createQuery(OpportunityMapper.SUMMARY + " AND o.stageId = :stage"
                + filters(query) + (recentOnly ? " AND o.closedOn >= :since" : "") + order, OpportunitySummary.class)
                .setParameter("stage", stage.id());
        bindFilters(cards, query);
        if (recentOnly) {
            cards.setParameter("since", query.closedSince());
        }
        return cards.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** Filters as JPQL with named parameters; the values are bound, never concatenated. */
    private static String filters(BoardQuery query) {
        StringBuilder where = new StringBuilder();
        if (query.owner() != null) {
            where.append(" AND o.owner = :owner");
        }
        if (query.personId() != null) {
            where.append(" AND o.personId = :person");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> q, BoardQuery query) {
        q.setParameter("pipeline", query.pipelineId());
        bindFilters(q, query);
    }

    private static void bindFilters(TypedQuery<?> q, BoardQuery query) {
        if (query.owner() != null) {
            q.setParameter("owner", query.owner());
        }
        if (query.personId() != null) {
            q.setParameter("person", query.personId());
        }
    }

    /** A SUM of a cents column as an amount. */
    static BigDecimal cents(Object value) {
        return BigDecimal.valueOf(value == null ? 0 : ((Number) value).longValue(), 2);
    }

    static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    /** Whether a stage's kind closes deals. */
    static boolean closing(Stage stage) {
        return stage.kind() != StageKind.OPEN;
    }
}
