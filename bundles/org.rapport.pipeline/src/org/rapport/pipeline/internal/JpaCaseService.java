package org.rapport.pipeline.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.TypedQuery;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.rapport.core.PersonRef;
import org.rapport.core.FieldProblem;
import org.rapport.pipeline.PipelineTopics;
import org.rapport.pipeline.PipelineValidationException;
import org.rapport.pipeline.cases.CaseQuery;
import org.rapport.pipeline.cases.CaseService;
import org.rapport.pipeline.cases.CaseStatus;
import org.rapport.pipeline.cases.CaseTransitionException;
import org.rapport.pipeline.cases.SupportCase;
import org.rapport.pipeline.internal.model.CaseEntity;

/** Cases on the pipeline unit, with the status flow and the satisfaction event. */
@Component(service = CaseService.class)
public class JpaCaseService implements CaseService {

    private static final String KIND = "case";

    private final PipelineUnit unit;
    private final PipelineEvents events;
    private final Clock clock;

    @Activate
    public JpaCaseService(@Reference PipelineUnit unit, @Reference PipelineEvents events) {
        this(unit, events, Clock.systemDefaultZone());
    }

    JpaCaseService(PipelineUnit unit, PipelineEvents events, Clock clock) {
        this.unit = unit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Optional<SupportCase> supportCase(long id) {
        return unit.read(em -> Optional.ofNullable(em.find(CaseEntity.class, id)).map(JpaCaseService::toDto));
    }

    static SupportCase toDto(CaseEntity e) {
        SupportCase c = new SupportCase(new PersonRef(e.getPersonId(), OpportunityMapper.nonNull(e.getPersonName())),
                e.getChannel(), OpportunityMapper.nonNull(e.getCategory()), e.getPriority(), e.getSubject(),
                OpportunityMapper.nonNull(e.getDescription()));
        c.setOwner(OpportunityMapper.nonNull(e.getOwner()));
        c.setOpportunityId(e.getOpportunityId());
        c.loadState(e.getId(), e.getVersion(), e.getStatus(), e.getResolution(), e.getSatisfaction(), e.getOpenedAt(),
                e.getResolvedAt(), e.getClosedAt());
        return c;
    }

    @Override
    public List<FieldProblem> validate(SupportCase c) {
        List<FieldProblem> problems = new ArrayList<>();
        if (c.getPerson() == null) {
            problems.add(new FieldProblem("person", "Choose the person the case is for."));
        }
        if (c.getSubject() == null || c.getSubject().isBlank()) {
            problems.add(new FieldProblem("subject", "A case needs a subject: one line saying what it is about."));
        } else if (c.getSubject().trim().length() > 200) {
            problems.add(new FieldProblem("subject", "The subject is longer than 200 characters."));
        }
        if (c.getChannel() == null) {
            problems.add(new FieldProblem("channel", "Choose how the case came in."));
        }
        if (c.getPriority() == null) {
            problems.add(new FieldProblem("priority", "Choose a priority."));
        }
        if (c.getDescription() != null && c.getDescription().length() > 4000) {
            problems.add(new FieldProblem("description", "The description is longer than 4,000 characters."));
        }
        if (c.getCategory() != null && c.getCategory().length() > 100) {
            problems.add(new FieldProblem("category", "The category is longer than 100 characters."));
        }
        return problems;
    }

    @Override
    public SupportCase save(SupportCase supportCase) {
        List<FieldProblem> problems = validate(supportCase);
        if (!problems.isEmpty()) {
            throw new PipelineValidationException(problems);
        }
        SupportCase draft = supportCase.copy();
        SupportCase saved = Conflicts.guard(KIND, draft.getId(), draft.getSubject(), () -> unit.write(em -> {
            CaseEntity entity;
            if (draft.getId() == 0) {
                entity = new CaseEntity();
                entity.setOpenedAt(clock.instant());
            } else {
                entity = em.find(CaseEntity.class, draft.getId());
                Conflicts.checkVersion(entity, entity == null ? 0 : entity.getVersion(), draft.getVersion(), KIND);
            }
            entity.setPerson(draft.getPerson().id(), draft.getPerson().displayName());
            entity.setChannel(draft.getChannel());
            entity.setCategory(OpportunityMapper.nonNull(draft.getCategory()).trim());
            entity.setPriority(draft.getPriority());
            entity.setSubject(draft.getSubject().trim());
            entity.setDescription(OpportunityMapper.nonNull(draft.getDescription()));
            entity.setOwner(OpportunityMapper.nonNull(draft.getOwner()).trim());
            entity.setOpportunityId(draft.getOpportunityId());
            if (draft.getId() == 0) {
                em.persist(entity);
            }
            em.flush();
            return toDto(entity);
        }));
        events.changed(PipelineTopics.CASES_CHANGED, List.of(saved.getId()), List.of(saved.getPerson().id()));
        return saved;
    }

    @Override
    public SupportCase changeStatus(long caseId, int expectedVersion, CaseStatus target, String resolution,
            Integer satisfaction) {
        boolean[] satisfied = new boolean[1];
        SupportCase saved = Conflicts.guard(KIND, caseId, "#" + caseId, () -> unit.write(em -> {
            CaseEntity entity = em.find(CaseEntity.class, caseId);
            Conflicts.checkVersion(entity, entity == null ? 0 : entity.getVersion(), expectedVersion, KIND);
            if (!entity.getStatus().canGoTo(target)) {
                throw new CaseTransitionException(caseId, entity.getStatus(), target);
            }
            apply(entity, target, resolution, satisfaction);
            if (entity.getSatisfaction() != null && entity.getSatisfaction() >= PipelineTopics.HIGH_SATISFACTION
                    && target != CaseStatus.IN_PROGRESS && !entity.isSatisfiedPosted()) {
                entity.setSatisfiedPosted(true);
                satisfied[0] = true;
            }
            em.flush();
            return toDto(entity);
        }));
        events.changed(PipelineTopics.CASES_CHANGED, List.of(caseId), List.of(saved.getPerson().id()));
        if (satisfied[0]) {
            Map<String, Object> properties = new HashMap<>();
            properties.put(PipelineTopics.CASE_ID, caseId);
            properties.put(PipelineTopics.PERSON_ID, saved.getPerson().id());
            properties.put(PipelineTopics.SATISFACTION, saved.getSatisfaction());
            properties.put(PipelineTopics.STATUS, target.name());
            events.post(new Event(PipelineTopics.CASE_RESOLVED_SATISFIED, properties));
        }
        return saved;
    }

    private void apply(CaseEntity entity, CaseStatus target, String resolution, Integer satisfaction) {
        Instant now = clock.instant();
        String notes = resolution == null || resolution.isBlank() ? OpportunityMapper.nonNull(entity.getResolution())
                : resolution.trim();
        List<FieldProblem> problems = new ArrayList<>();
        if ((target == CaseStatus.RESOLVED || target == CaseStatus.CLOSED) && notes.isBlank()) {
            problems.add(new FieldProblem("resolution", "Write down how case " + entity.getId() + " was resolved before "
                    + (target == CaseStatus.CLOSED ? "closing" : "resolving") + " it."));
        }
        if (notes.length() > 4000) {
            problems.add(new FieldProblem("resolution", "The resolution notes are longer than 4,000 characters."));
        }
        if (target == CaseStatus.CLOSED && satisfaction == null && entity.getSatisfaction() == null) {
            problems.add(new FieldProblem("satisfaction", "Ask for the customer's satisfaction (1-5) when closing case "
                    + entity.getId() + "."));
        }
        if (satisfaction != null && (satisfaction < 1 || satisfaction > 5)) {
            problems.add(new FieldProblem("satisfaction", "The satisfaction is " + satisfaction + "; it must be 1 to 5."));
        }
        if (!problems.isEmpty()) {
            throw new PipelineValidationException(problems);
        }
        entity.setStatus(target);
        switch (target) {
            case IN_PROGRESS -> entity.setResolvedAt(null);
            case RESOLVED -> {
                entity.setResolution(notes);
                entity.setResolvedAt(now);
                if (satisfaction != null) {
                    entity.setSatisfaction(satisfaction);
                }
            }
            case CLOSED -> {
                entity.setResolution(notes);
                if (entity.getResolvedAt() == null) {
                    entity.setResolvedAt(now);
                }
                entity.setClosedAt(now);
                if (satisfaction != null) {
                    entity.setSatisfaction(satisfaction);
                }
            }
            case NEW -> throw new IllegalStateException("no case goes back to new");
        }
    }

    @Override
    public int count(CaseQuery query) {
        return unit.read(em -> bind(em.createQuery("SELECT COUNT(c) FROM SupportCase c WHERE c.id > 0" + where(query),
                Long.class), query).getSingleResult().intValue());
    }

    @Override
    public List<SupportCase> page(CaseQuery query, int offset, int limit) {
        return unit.read(em -> bind(em.createQuery("SELECT c FROM SupportCase c WHERE c.id > 0" + where(query)
                + " ORDER BY c.openedAt DESC, c.id DESC", CaseEntity.class), query).setFirstResult(offset)
                .setMaxResults(limit).getResultList().stream().map(JpaCaseService::toDto).toList());
    }

    private static String where(CaseQuery query) {
        return (query.statuses().isEmpty() ? "" : " AND c.status IN :statuses")
                + (query.owner() == null ? "" : " AND c.owner = :owner")
                + (query.personId() == null ? "" : " AND c.personId = :person");
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, CaseQuery query) {
        if (!query.statuses().isEmpty()) {
            q.setParameter("statuses", List.copyOf(query.statuses()));
        }
        if (query.owner() != null) {
            q.setParameter("owner", query.owner());
        }
        if (query.personId() != null) {
            q.setParameter("person", query.personId());
        }
        return q;
    }
}
