package org.rapport.pipeline.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.pipeline.Forecast;
import org.rapport.pipeline.ForecastCell;
import org.rapport.pipeline.ForecastQuery;
import org.rapport.pipeline.ForecastService;
import org.rapport.pipeline.OpportunityStatus;
import org.rapport.pipeline.Pipeline;
import org.rapport.pipeline.PipelineValidationException;
import org.rapport.pipeline.Stage;
import org.rapport.pipeline.StageKind;
import org.rapport.pipeline.StageStatistics;
import org.rapport.pipeline.internal.model.OpportunityEntity;

/**
 * The forecast as one GROUP BY over the forecast cells (the deals summed per pipeline, month, rep and currency, kept
 * up to date by every write; see {@link ForecastCells}), and the stage statistics as GROUP BYs over the stage history.
 */
@Component(service = ForecastService.class)
public class JpaForecastService implements ForecastService {

    private static final double SECONDS_PER_DAY = 86_400.0;

    private final PipelineUnit unit;

    @Activate
    public JpaForecastService(@Reference PipelineUnit unit) {
        this.unit = unit;
    }

    @Override
    public Forecast forecast(ForecastQuery query) {
        StringBuilder jpql = new StringBuilder("SELECT c.closeMonth, c.owner, c.currency, SUM(c.deals), SUM(c.amountCents),"
                + " SUM(c.weightedCents), SUM(c.wonCents) FROM ForecastCell c WHERE c.closeMonth BETWEEN :from AND :to"
                + " AND c.deals > 0");
        if (query.pipelineId() != null) {
            jpql.append(" AND c.pipelineId = :pipeline");
        }
        if (query.owner() != null) {
            jpql.append(" AND c.owner = :owner");
        }
        jpql.append(" GROUP BY c.closeMonth, c.owner, c.currency ORDER BY c.closeMonth, c.owner, c.currency");
        List<Object[]> rows = unit.read(em -> {
            TypedQuery<Object[]> q = em.createQuery(jpql.toString(), Object[].class)
                    .setParameter("from", OpportunityEntity.monthKey(query.from().atDay(1)))
                    .setParameter("to", OpportunityEntity.monthKey(query.to().atDay(1)));
            if (query.pipelineId() != null) {
                q.setParameter("pipeline", query.pipelineId());
            }
            if (query.owner() != null) {
                q.setParameter("owner", query.owner());
            }
            return q.getResultList();
        });
        List<ForecastCell> cells = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            int month = ((Number) row[0]).intValue();
            cells.add(new ForecastCell(YearMonth.of(month / 100, month % 100), (String) row[1], (String) row[2],
                    ((Number) row[3]).intValue(), BoardQueries.cents(row[4]), BoardQueries.cents(row[5]),
                    BoardQueries.cents(row[6])));
        }
        return new Forecast(query, cells);
    }

    @Override
    public List<StageStatistics> stageStatistics(long pipelineId) {
        return unit.read(em -> {
            Pipeline pipeline = JpaPipelineService.read(em, pipelineId).orElseThrow(() -> new PipelineValidationException(
                    "pipeline", "Pipeline " + pipelineId + " does not exist (any more); choose another."));
            Map<Long, Long> won = closedThrough(em, pipelineId, OpportunityStatus.WON);
            Map<Long, Long> lost = closedThrough(em, pipelineId, OpportunityStatus.LOST);
            Map<Long, Double> seconds = new HashMap<>();
            for (Object[] row : em.createQuery("SELECT v.stageId, AVG(v.secondsInStage) FROM StageVisit v, Stage s"
                    + " WHERE s.id = v.stageId AND s.pipelineId = :pipeline AND v.undone = FALSE AND v.secondsInStage IS NOT NULL"
                    + " GROUP BY v.stageId", Object[].class).setParameter("pipeline", pipelineId).getResultList()) {
                seconds.put((Long) row[0], ((Number) row[1]).doubleValue());
            }
            List<StageStatistics> statistics = new ArrayList<>();
            for (Stage stage : pipeline.stages()) {
                int w = won.getOrDefault(stage.id(), 0L).intValue();
                int closed = w + lost.getOrDefault(stage.id(), 0L).intValue();
                Double average = stage.kind() == StageKind.OPEN ? seconds.get(stage.id()) : null;
                statistics.add(new StageStatistics(stage, closed, w, closed == 0 ? Double.NaN : (double) w / closed,
                        average == null ? Double.NaN : average / SECONDS_PER_DAY));
            }
            return statistics;
        });
    }

    /** Per stage, how many distinct deals now closed with this status passed through it. */
    private static Map<Long, Long> closedThrough(EntityManager em, long pipelineId, OpportunityStatus status) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT v.stageId, COUNT(DISTINCT v.opportunityId) FROM StageVisit v, Opportunity o"
                + " WHERE o.id = v.opportunityId AND o.pipelineId = :pipeline AND o.status = :status AND v.undone = FALSE"
                + " GROUP BY v.stageId", Object[].class).setParameter("pipeline", pipelineId).setParameter("status", status)
                .getResultList()) {
            counts.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}
