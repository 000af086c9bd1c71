package org.rapport.pipeline.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.rapport.pipeline.Board;
import org.rapport.pipeline.BoardQuery;
import org.rapport.core.FieldProblem;
import org.rapport.pipeline.Opportunity;
import org.rapport.pipeline.OpportunityQuery;
import org.rapport.pipeline.OpportunityService;
import org.rapport.pipeline.OpportunityStatus;
import org.rapport.pipeline.OpportunitySummary;
import org.rapport.pipeline.Pipeline;
import org.rapport.pipeline.PipelineTopics;
import org.rapport.pipeline.PipelineValidationException;
import org.rapport.pipeline.Stage;
import org.rapport.pipeline.StageMove;
import org.rapport.pipeline.StageVisit;
import org.rapport.pipeline.internal.model.OpportunityEntity;
import org.rapport.pipeline.internal.model.StageEntity;
import org.rapport.pipeline.internal.model.StageVisitEntity;

/** Opportunities on the pipeline unit. */
@Component(service = OpportunityService.class)
public class JpaOpportunityService implements OpportunityService {

    private static final String KIND = "opportunity";

    private final PipelineUnit unit;
    private final PipelineEvents events;
    private final StageHistory history;

    @Activate
    public JpaOpportunityService(@Reference PipelineUnit unit, @Reference PipelineEvents events) {
        this(unit, events, Clock.systemDefaultZone());
    }

    JpaOpportunityService(PipelineUnit unit, PipelineEvents events, Clock clock) {
        this.unit = unit;
        this.events = events;
        this.history = new StageHistory(clock);
    }

    @Override
    public Optional<Opportunity> opportunity(long id) {
        return unit.read(em -> Optional.ofNullable(em.find(OpportunityEntity.class, id)).map(OpportunityMapper::toDto));
    }

    @Override
    public List<FieldProblem> validate(Opportunity opportunity) {
        return OpportunityMapper.problems(opportunity);
    }

    @Override
    public Opportunity save(Opportunity opportunity) {
        List<FieldProblem> problems = validate(opportunity);
        if (!problems.isEmpty()) {
            throw new PipelineValidationException(problems);
        }
        Opportunity draft = opportunity.copy();
        OpportunityStatus[] statusBefore = new OpportunityStatus[1];
        Opportunity saved = Conflicts.guard(KIND, draft.getId(), draft.getTitle(), () -> unit.write(em -> {
            StageEntity stage = stage(em, draft.getStageId());
            OpportunityEntity entity;
            if (draft.getId() == 0) {
                entity = new OpportunityEntity();
                OpportunityMapper.copyFields(draft, entity);
                entity.placeIn(stage);
                if (stage.getKind() != org.rapport.pipeline.StageKind.OPEN) {
                    throw new PipelineValidationException("stage", "A new opportunity starts in an open stage, not in '"
                            + stage.getName() + "'; save it, then move it.");
                }
                em.persist(entity);
                em.flush();
                history.start(em, entity);
                ForecastCells.move(em, null, ForecastCells.Contribution.of(entity));
            } else {
                entity = em.find(OpportunityEntity.class, draft.getId());
                Conflicts.checkVersion(entity, entity == null ? 0 : entity.getVersion(), draft.getVersion(), KIND);
                Long oldPerson = entity.getPersonId();
                statusBefore[0] = entity.getStatus();
                ForecastCells.Contribution before = ForecastCells.Contribution.of(entity);
                OpportunityMapper.copyFields(draft, entity);
                if (stage.getId() != entity.getStageId()) {
                    history.move(em, entity, stage, draft.getLostReason());
                } else {
                    entity.placeIn(stage); // the probability override may have changed
                }
                if (oldPerson == null ? entity.getPersonId() != null : !oldPerson.equals(entity.getPersonId())) {
                    em.createQuery("UPDATE StageVisit v SET v.personId = :person WHERE v.opportunityId = :id")
                            .setParameter("person", entity.getPersonId()).setParameter("id", entity.getId()).executeUpdate();
                }
                ForecastCells.move(em, before, ForecastCells.Contribution.of(entity));
            }
            em.flush();
            return OpportunityMapper.toDto(entity);
        }));
        changed(saved, opportunity.getPerson() == null ? null : opportunity.getPerson().id());
        announceWin(statusBefore[0], saved);
        return saved;
    }

    private void changed(Opportunity saved, Long previousPerson) {
        List<Long> people = new ArrayList<>();
        if (saved.getPerson() != null) {
            people.add(saved.getPerson().id());
        }
        if (previousPerson != null) {
            people.add(previousPerson);
        }
        events.changed(PipelineTopics.OPPORTUNITIES_CHANGED, List.of(saved.getId()), people);
    }

    /** Posts {@link PipelineTopics#OPPORTUNITY_WON} when a deal with a person became won (after the commit). */
    private void announceWin(OpportunityStatus before, Opportunity after) {
        if (before == null || before == OpportunityStatus.WON || after.getStatus() != OpportunityStatus.WON
                || after.getPerson() == null) {
            return;
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put(PipelineTopics.OPPORTUNITY_ID, after.getId());
        properties.put(PipelineTopics.PERSON_ID, after.getPerson().id());
        if (after.getAmount() != null) {
            properties.put(PipelineTopics.AMOUNT, after.getAmount());
        }
        if (after.getCurrency() != null && !after.getCurrency().isBlank()) {
            properties.put(PipelineTopics.CURRENCY, after.getCurrency());
        }
        events.post(new Event(PipelineTopics.OPPORTUNITY_WON, properties));
    }

    private static StageEntity stage(EntityManager em, long stageId) {
        StageEntity stage = em.find(StageEntity.class, stageId);
        if (stage == null) {
            throw new PipelineValidationException("stage", "Stage " + stageId + " does not exist; choose a stage of a pipeline.");
        }
        return stage;
    }

    @Override
    public void delete(Collection<Long> ids) {
        List<Long> people = unit.write(em -> {
            List<Long> persons = new ArrayList<>();
            List<ForecastCells.Contribution> removed = new ArrayList<>();
            for (long id : ids) {
                OpportunityEntity entity = em.find(OpportunityEntity.class, id);
                if (entity != null) {
                    persons.add(entity.getPersonId());
                    removed.add(ForecastCells.Contribution.of(entity));
                    em.createQuery("DELETE FROM StageVisit v WHERE v.opportunityId = :id").setParameter("id", id).executeUpdate();
                    em.remove(entity);
                }
            }
            ForecastCells.remove(em, removed);
            return persons;
        });
        events.changed(PipelineTopics.OPPORTUNITIES_CHANGED, ids, people);
    }

    @Override
    public StageMove moveToStage(long opportunityId, int expectedVersion, long stageId, String lostReason) {
        OpportunityStatus[] statusBefore = new OpportunityStatus[1];
        StageMove move = Conflicts.guard(KIND, opportunityId, "#" + opportunityId, () -> unit.write(em -> {
            OpportunityEntity entity = em.find(OpportunityEntity.class, opportunityId);
            Conflicts.checkVersion(entity, entity == null ? 0 : entity.getVersion(), expectedVersion, KIND);
            long from = entity.getStageId();
            statusBefore[0] = entity.getStatus();
            if (from == stageId) {
                throw new PipelineValidationException("stage", "'" + entity.getTitle() + "' is already in this stage.");
            }
            ForecastCells.Contribution before = ForecastCells.Contribution.of(entity);
            StageVisitEntity visit = history.move(em, entity, stage(em, stageId), lostReason);
            ForecastCells.move(em, before, ForecastCells.Contribution.of(entity));
            em.flush();
            return new StageMove(OpportunityMapper.toDto(entity), from, stageId, visit.getId());
        }));
        changed(move.opportunity(), null);
        announceWin(statusBefore[0], move.opportunity());
        return move;
    }

    @Override
    public Opportunity undoLastMove(long opportunityId, int expectedVersion) {
        OpportunityStatus[] statusBefore = new OpportunityStatus[1];
        Opportunity undone = Conflicts.guard(KIND, opportunityId, "#" + opportunityId, () -> unit.write(em -> {
            OpportunityEntity entity = em.find(OpportunityEntity.class, opportunityId);
            Conflicts.checkVersion(entity, entity == null ? 0 : entity.getVersion(), expectedVersion, KIND);
            ForecastCells.Contribution before = ForecastCells.Contribution.of(entity);
            statusBefore[0] = entity.getStatus();
            history.undoLast(em, entity);
            ForecastCells.move(em, before, ForecastCells.Contribution.of(entity));
            em.flush();
            return OpportunityMapper.toDto(entity);
        }));
        changed(undone, null);
        announceWin(statusBefore[0], undone);
        return undone;
    }

    @Override
    public List<StageVisit> history(long opportunityId) {
        return unit.read(em -> em.createQuery("SELECT NEW org.rapport.pipeline.StageVisit(v.id, v.opportunityId, v.stageId,"
                + " s.name, s.kind, v.enteredAt, v.leftAt, v.changedBy) FROM StageVisit v, Stage s WHERE s.id = v.stageId"
                + " AND v.opportunityId = :id AND v.undone = FALSE ORDER BY v.enteredAt, v.id", StageVisit.class)
                .setParameter("id", opportunityId).getResultList());
    }

    @Override
    public Board board(BoardQuery query) {
        return unit.read(em -> {
            Pipeline pipeline = JpaPipelineService.read(em, query.pipelineId()).orElseThrow(() -> new PipelineValidationException(
                    "pipeline", "Pipeline " + query.pipelineId() + " does not exist (any more); choose another."));
            return BoardQueries.board(em, pipeline, query);
        });
    }

    @Override
    public List<OpportunitySummary> cards(BoardQuery query, long stageId, int offset, int limit) {
        return unit.read(em -> {
            Pipeline pipeline = JpaPipelineService.read(em, query.pipelineId()).orElseThrow(() -> new PipelineValidationException(
                    "pipeline", "Pipeline " + query.pipelineId() + " does not exist (any more); choose another."));
            Stage stage = pipeline.stage(stageId).orElseThrow(() -> new PipelineValidationException("stage", "Stage "
                    + stageId + " is not in pipeline '" + pipeline.name() + "'."));
            return BoardQueries.cards(em, query, stage, offset, limit);
        });
    }

    @Override
    public int count(OpportunityQuery query) {
        String where = where(query);
        String jpql = "SELECT COUNT(o) FROM Opportunity o" + (where.isEmpty() ? "" : " WHERE" + where.substring(" AND".length()));
        return unit.read(em -> bind(em.createQuery(jpql, Long.class), query).getSingleResult().intValue());
    }

    @Override
    public List<OpportunitySummary> page(OpportunityQuery query, int offset, int limit) {
        String direction = query.descending() ? " DESC" : "";
        // the sort attribute comes from the OpportunitySort enum, never from user input
        String order = " ORDER BY o." + query.sort().attribute() + direction + ", o.id" + direction;
        return unit.read(em -> bind(em.createQuery(OpportunityMapper.SUMMARY + where(query) + order, OpportunitySummary.class),
                query).setFirstResult(offset).setMaxResults(limit).getResultList());
    }

    private static String where(OpportunityQuery query) {
        StringBuilder where = new StringBuilder();
        if (query.pipelineId() != null) {
            where.append(" AND o.pipelineId = :pipeline");
        }
        if (query.owner() != null) {
            where.append(" AND o.owner = :owner");
        }
        if (query.personId() != null) {
            where.append(" AND o.personId = :person");
        }
        if (!query.statuses().isEmpty()) {
            where.append(" AND o.status IN :statuses");
        }
        if (!query.titlePrefix().isEmpty()) {
            where.append(" AND o.titleKey LIKE :title ESCAPE '\\'");
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, OpportunityQuery query) {
        if (query.pipelineId() != null) {
            q.setParameter("pipeline", query.pipelineId());
        }
        if (query.owner() != null) {
            q.setParameter("owner", query.owner());
        }
        if (query.personId() != null) {
            q.setParameter("person", query.personId());
        }
        if (!query.statuses().isEmpty()) {
            q.setParameter("statuses", List.copyOf(query.statuses()));
        }
        if (!query.titlePrefix().isEmpty()) {
            q.setParameter("title", query.titlePrefix().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return q;
    }

    @Override
    public List<String> owners() {
        return unit.read(em -> em.createQuery("SELECT DISTINCT o.owner FROM Opportunity o ORDER BY o.owner", String.class)
                .getResultList());
    }
}
