package org.rapport.pipeline.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.FieldProblem;
import org.rapport.pipeline.Pipeline;
import org.rapport.pipeline.PipelineService;
import org.rapport.pipeline.PipelineTopics;
import org.rapport.pipeline.PipelineValidationException;
import org.rapport.pipeline.Stage;
import org.rapport.pipeline.StageKind;
import org.rapport.pipeline.internal.model.PipelineEntity;
import org.rapport.pipeline.internal.model.StageEntity;

/** Pipelines and stages on the pipeline unit. */
@Component(service = PipelineService.class)
public class JpaPipelineService implements PipelineService {

    private final PipelineUnit unit;
    private final PipelineEvents events;

    @Activate
    public JpaPipelineService(@Reference PipelineUnit unit, @Reference PipelineEvents events) {
        this.unit = unit;
        this.events = events;
    }

    @Override
    public List<Pipeline> pipelines() {
        return unit.read(JpaPipelineService::readAll);
    }

    static List<Pipeline> readAll(EntityManager em) {
        List<PipelineEntity> pipelines = em.createQuery("SELECT p FROM Pipeline p ORDER BY p.position, p.id",
                PipelineEntity.class).getResultList();
        Map<Long, List<Stage>> stages = new HashMap<>();
        for (StageEntity s : em.createQuery("SELECT s FROM Stage s ORDER BY s.pipelineId, s.position", StageEntity.class)
                .getResultList()) {
            stages.computeIfAbsent(s.getPipelineId(), k -> new ArrayList<>()).add(toStage(s));
        }
        return pipelines.stream().map(p -> new Pipeline(p.getId(), p.getVersion(), p.getName(),
                stages.getOrDefault(p.getId(), List.of()))).toList();
    }

    static Optional<Pipeline> read(EntityManager em, long id) {
        PipelineEntity p = em.find(PipelineEntity.class, id);
        if (p == null) {
            return Optional.empty();
        }
        List<Stage> stages = em.createQuery("SELECT s FROM Stage s WHERE s.pipelineId = :id ORDER BY s.position",
                StageEntity.class).setParameter("id", id).getResultList().stream().map(JpaPipelineService::toStage).toList();
        return Optional.of(new Pipeline(p.getId(), p.getVersion(), p.getName(), stages));
    }

    static Stage toStage(StageEntity s) {
        return new Stage(s.getId(), s.getName(), s.getProbability(), s.getKind());
    }

    @Override
    public Optional<Pipeline> pipeline(long id) {
        return unit.read(em -> read(em, id));
    }

    @Override
    public Optional<Pipeline> pipelineOfStage(long stageId) {
        return unit.read(em -> {
            StageEntity stage = em.find(StageEntity.class, stageId);
            return stage == null ? Optional.empty() : read(em, stage.getPipelineId());
        });
    }

    @Override
    public List<FieldProblem> validate(Pipeline pipeline) {
        List<FieldProblem> problems = new ArrayList<>();
        if (pipeline.name().isBlank()) {
            problems.add(new FieldProblem("name", "A pipeline needs a name."));
        } else if (pipeline.name().length() > 100) {
            problems.add(new FieldProblem("name", "The name is longer than 100 characters."));
        }
        int open = 0;
        int won = 0;
        int lost = 0;
        Set<String> names = new HashSet<>();
        for (int i = 0; i < pipeline.stages().size(); i++) {
            Stage stage = pipeline.stages().get(i);
            String field = "stages[" + i + "]";
            if (stage.name().isBlank()) {
                problems.add(new FieldProblem(field + ".name", "Stage " + (i + 1) + " needs a name."));
            } else if (!names.add(stage.name().trim().toLowerCase(java.util.Locale.ROOT))) {
                problems.add(new FieldProblem(field + ".name", "Two stages are called '" + stage.name().trim() + "'."));
            }
            if (stage.probability() < 0 || stage.probability() > 100) {
                problems.add(new FieldProblem(field + ".probability", "The probability of stage '" + stage.name()
                        + "' is " + stage.probability() + "%; it must be between 0 and 100."));
            }
            switch (stage.kind()) {
                case OPEN -> {
                    open++;
                    if (won + lost > 0) {
                        problems.add(new FieldProblem(field + ".kind", "Open stage '" + stage.name()
                                + "' comes after a closing stage; open stages come first."));
                    }
                }
                case WON -> won++;
                case LOST -> lost++;
            }
        }
        if (open == 0) {
            problems.add(new FieldProblem("stages", "A pipeline needs at least one open stage."));
        }
        if (won != 1 || lost != 1) {
            problems.add(new FieldProblem("stages", "A pipeline needs exactly one won and one lost stage (has " + won
                    + " won, " + lost + " lost)."));
        }
        return problems;
    }

    @Override
    public Pipeline save(Pipeline pipeline) {
        List<FieldProblem> problems = validate(pipeline);
        if (!problems.isEmpty()) {
            throw new PipelineValidationException(problems);
        }
        Pipeline saved = Conflicts.guard("pipeline", pipeline.id(), pipeline.name(), () -> unit.write(em -> {
            PipelineEntity entity;
            if (pipeline.id() == 0) {
                int position = em.createQuery("SELECT COALESCE(MAX(p.position), -1) FROM Pipeline p", Integer.class)
                        .getSingleResult() + 1;
                entity = new PipelineEntity(pipeline.name().trim(), position);
                em.persist(entity);
                em.flush();
            } else {
                entity = em.find(PipelineEntity.class, pipeline.id());
                Conflicts.checkVersion(entity, entity == null ? 0 : entity.getVersion(), pipeline.version(), "pipeline");
                entity.setName(pipeline.name().trim());
                // the stages below are part of the pipeline: its version moves on even when only they change
                em.lock(entity, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            }
            if (saveStages(em, entity.getId(), pipeline.stages())) {
                ForecastCells.rebuild(em, entity.getId());
            }
            em.flush();
            return read(em, entity.getId()).orElseThrow();
        }));
        events.changed(PipelineTopics.PIPELINES_CHANGED, List.of(saved.id()), List.of());
        return saved;
    }

    /** Saves the stages; returns whether opportunities' probabilities changed in bulk. */
    private static boolean saveStages(EntityManager em, long pipelineId, List<Stage> stages) {
        boolean bulk = false;
        Map<Long, StageEntity> existing = new HashMap<>();
        em.createQuery("SELECT s FROM Stage s WHERE s.pipelineId = :id", StageEntity.class).setParameter("id", pipelineId)
                .getResultList().forEach(s -> existing.put(s.getId(), s));
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            int probability = stage.kind() == StageKind.WON ? 100 : stage.kind() == StageKind.LOST ? 0 : stage.probability();
            StageEntity entity = stage.id() == 0 ? null : existing.remove(stage.id());
            if (entity == null) {
                if (stage.id() != 0) {
                    throw new PipelineValidationException("stages[" + i + "]", "Stage '" + stage.name()
                            + "' belongs to another pipeline or was deleted; reload the pipeline.");
                }
                em.persist(new StageEntity(pipelineId, stage.name().trim(), i, probability, stage.kind()));
                continue;
            }
            boolean newDefault = entity.getProbability() != probability;
            entity.setName(stage.name().trim());
            entity.setPosition(i);
            entity.setProbability(probability);
            entity.setKind(stage.kind());
            em.flush();
            // Opportunities follow the stage's position and, unless overridden, its default probability.
            em.createQuery("UPDATE Opportunity o SET o.stagePosition = :position WHERE o.stageId = :stage")
                    .setParameter("position", i).setParameter("stage", entity.getId()).executeUpdate();
            if (newDefault && stage.kind() == StageKind.OPEN) {
                em.createQuery("UPDATE Opportunity o SET o.probability = :p, o.weightedCents = (o.amountCents * :p + 50) / 100,"
                        + " o.version = o.version + 1 WHERE o.stageId = :stage AND o.probabilityOverride IS NULL")
                        .setParameter("p", probability)
                        .setParameter("stage", entity.getId()).executeUpdate();
                bulk = true;
            }
        }
        for (StageEntity removed : existing.values()) {
            long held = em.createQuery("SELECT COUNT(o) FROM Opportunity o WHERE o.stageId = :stage", Long.class)
                    .setParameter("stage", removed.getId()).getSingleResult();
            if (held > 0) {
                throw new PipelineValidationException("stages", "Stage '" + removed.getName() + "' still holds " + held
                        + " opportunit" + (held == 1 ? "y" : "ies") + "; move them to another stage before removing it.");
            }
            em.remove(removed);
        }
        return bulk;
    }

    @Override
    public void delete(long pipelineId) {
        unit.write(em -> {
            PipelineEntity entity = em.find(PipelineEntity.class, pipelineId);
            if (entity == null) {
                return null;
            }
            long held = em.createQuery("SELECT COUNT(o) FROM Opportunity o WHERE o.pipelineId = :id", Long.class)
                    .setParameter("id", pipelineId).getSingleResult();
            if (held > 0) {
                throw new PipelineValidationException("pipeline", "Pipeline '" + entity.getName() + "' still holds "
                        + held + " opportunities; move or delete them first.");
            }
            if (em.createQuery("SELECT COUNT(p) FROM Pipeline p", Long.class).getSingleResult() <= 1) {
                throw new PipelineValidationException("pipeline", "'" + entity.getName()
                        + "' is the last pipeline; create another before deleting it.");
            }
            em.createQuery("DELETE FROM Stage s WHERE s.pipelineId = :id").setParameter("id", pipelineId).executeUpdate();
            em.remove(entity);
            return null;
        });
        events.changed(PipelineTopics.PIPELINES_CHANGED, List.of(pipelineId), List.of());
    }
}
