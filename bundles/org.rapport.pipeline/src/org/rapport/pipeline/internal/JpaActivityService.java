package org.rapport.pipeline.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.FieldProblem;
import org.rapport.pipeline.PipelineTopics;
import org.rapport.pipeline.PipelineValidationException;
import org.rapport.pipeline.activities.Activity;
import org.rapport.pipeline.activities.ActivityService;
import org.rapport.pipeline.activities.MyDay;
import org.rapport.pipeline.internal.model.ActivityEntity;

/** Activities on the pipeline unit. */
@Component(service = ActivityService.class)
public class JpaActivityService implements ActivityService {

    private static final String KIND = "activity";

    private final PipelineUnit unit;
    private final PipelineEvents events;
    private final Clock clock;

    @Activate
    public JpaActivityService(@Reference PipelineUnit unit, @Reference PipelineEvents events) {
        this(unit, events, Clock.systemDefaultZone());
    }

    JpaActivityService(PipelineUnit unit, PipelineEvents events, Clock clock) {
        this.unit = unit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Optional<Activity> activity(long id) {
        return unit.read(em -> Optional.ofNullable(em.find(ActivityEntity.class, id)).map(ActivityMapper::toDto));
    }

    @Override
    public List<FieldProblem> validate(Activity activity) {
        return ActivityMapper.problems(activity);
    }

    @Override
    public Activity save(Activity activity) {
        List<FieldProblem> problems = validate(activity);
        if (!problems.isEmpty()) {
            throw new PipelineValidationException(problems);
        }
        Activity draft = activity.copy();
        Activity saved = Conflicts.guard(KIND, draft.getId(), draft.getSubject(), () -> unit.write(em -> {
            ActivityEntity entity = draft.getId() == 0 ? new ActivityEntity() : em.find(ActivityEntity.class, draft.getId());
            if (draft.getId() != 0) {
                Conflicts.checkVersion(entity, entity == null ? 0 : entity.getVersion(), draft.getVersion(), KIND);
            }
            ActivityMapper.copyFields(draft, entity, clock.instant());
            if (draft.getId() == 0) {
                em.persist(entity);
            }
            em.flush();
            return ActivityMapper.toDto(entity);
        }));
        changed(saved);
        return saved;
    }

    private void changed(Activity saved) {
        List<Long> people = new ArrayList<>();
        if (saved.getPerson() != null) {
            people.add(saved.getPerson().id());
        }
        events.changed(PipelineTopics.ACTIVITIES_CHANGED, List.of(saved.getId()), people);
    }

    @Override
    public Activity markDone(long id, int expectedVersion, boolean done) {
        Activity saved = Conflicts.guard(KIND, id, "#" + id, () -> unit.write(em -> {
            ActivityEntity entity = em.find(ActivityEntity.class, id);
            Conflicts.checkVersion(entity, entity == null ? 0 : entity.getVersion(), expectedVersion, KIND);
            entity.setDone(done, clock.instant());
            em.flush();
            return ActivityMapper.toDto(entity);
        }));
        changed(saved);
        return saved;
    }

    @Override
    public void delete(Collection<Long> ids) {
        List<Long> people = unit.write(em -> {
            List<Long> persons = new ArrayList<>();
            for (long id : ids) {
                ActivityEntity entity = em.find(ActivityEntity.class, id);
                if (entity != null) {
                    persons.add(entity.getPersonId());
                    em.remove(entity);
                }
            }
            return persons;
        });
        events.changed(PipelineTopics.ACTIVITIES_CHANGED, ids, people);
    }

    @Override
    public List<Activity> forPerson(long personId, int limit) {
        return unit.read(em -> em.createQuery("SELECT a FROM Activity a WHERE a.personId = :person ORDER BY a.due DESC, a.id DESC",
                ActivityEntity.class).setParameter("person", personId).setMaxResults(limit).getResultList()
                .stream().map(ActivityMapper::toDto).toList());
    }

    @Override
    public List<Activity> forOpportunity(long opportunityId) {
        return unit.read(em -> em.createQuery("SELECT a FROM Activity a WHERE a.opportunityId = :id ORDER BY a.due DESC, a.id DESC",
                ActivityEntity.class).setParameter("id", opportunityId).getResultList()
                .stream().map(ActivityMapper::toDto).toList());
    }

    @Override
    public MyDay myDay(String owner, LocalDate day, ZoneId zone) {
        Instant start = day.atStartOfDay(zone).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        return unit.read(em -> new MyDay(day,
                open(em, owner, "a.due < :start", start, end, "a.due"),
                open(em, owner, "a.due >= :start AND a.due < :end", start, end, "a.due"),
                em.createQuery("SELECT a FROM Activity a WHERE a.owner = :owner AND a.done = TRUE AND a.doneAt >= :start"
                        + " AND a.doneAt < :end ORDER BY a.doneAt", ActivityEntity.class).setParameter("owner", owner)
                        .setParameter("start", start).setParameter("end", end).getResultList().stream()
                        .map(ActivityMapper::toDto).toList()));
    }

    private static List<Activity> open(EntityManager em, String owner, String window, Instant start, Instant end, String order) {
        var query = em.createQuery("SELECT a FROM Activity a WHERE a.owner = :owner AND a.done = FALSE AND " + window
                + " ORDER BY " + order + ", a.id", ActivityEntity.class).setParameter("owner", owner).setParameter("start", start);
        if (window.contains(":end")) {
            query.setParameter("end", end);
        }
        return query.getResultList().stream().map(ActivityMapper::toDto).toList();
    }
}
