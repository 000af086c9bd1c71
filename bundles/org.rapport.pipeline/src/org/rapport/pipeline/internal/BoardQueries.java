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
        TypedQuery<Object[]> grouped = em.createQuery("SELECT o.stageId, o.currency, COUNT(o), SUM(o.amount),"
                + " SUM(o.amount * o.probability) FROM Opportunity o WHERE o.pipelineId = :pipeline" + filters(query)
                + " GROUP BY o.stageId, o.currency", Object[].class);
        bind(grouped, query);
        for (Object[] row : grouped.getResultList()) {
            sums.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(row);
        }
        List<BoardColumn> columns = new ArrayList<>();
        for (Stage stage : pipeline.stages()) {
            List<Object[]> rows = new ArrayList<>(sums.getOrDefault(stage.id(), List.of()));
            rows.sort(Comparator.comparing((Object[] r) -> decimal(r[3])).reversed());
            int count = rows.stream().mapToInt(r -> ((Number) r[2]).intValue()).sum();
            List<Money> totals = rows.stream().map(r -> new Money(decimal(r[3]), (String) r[1])).toList();
            List<Money> weighted = rows.stream().map(r -> new Money(decimal(r[4]).movePointLeft(2), (String) r[1])).toList();
            List<OpportunitySummary> cards = count == 0 || query.cardsPerStage() == 0 ? List.of()
                    : cards(em, query, stage.id(), 0, query.cardsPerStage());
            columns.add(new BoardColumn(stage, count, totals, weighted, cards));
        }
        return new Board(query, pipeline, columns);
    }

    static List<OpportunitySummary> cards(EntityManager em, BoardQuery query, long stageId, int offset, int limit) {
        TypedQuery<OpportunitySummary> cards = em.createQuery(OpportunityMapper.SUMMARY + " AND o.stageId = :stage"
                + " AND o.pipelineId = :pipeline" + filters(query) + " ORDER BY o.expectedClose, o.id", OpportunitySummary.class)
                .setParameter("stage", stageId);
        bind(cards, query);
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
        if (query.closedSince() != null) {
            where.append(" AND (o.status = :open OR o.closedOn >= :since)");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> q, BoardQuery query) {
        q.setParameter("pipeline", query.pipelineId());
        if (query.owner() != null) {
            q.setParameter("owner", query.owner());
        }
        if (query.personId() != null) {
            q.setParameter("person", query.personId());
        }
        if (query.closedSince() != null) {
            q.setParameter("open", OpportunityStatus.OPEN).setParameter("since", query.closedSince());
        }
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
