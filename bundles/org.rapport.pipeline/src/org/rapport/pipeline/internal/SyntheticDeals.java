package org.rapport.pipeline.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.rapport.persistence.access.UnitAccess;
import org.rapport.pipeline.Pipeline;
import org.rapport.pipeline.Stage;
import org.rapport.pipeline.StageKind;
import org.rapport.pipeline.internal.model.OpportunityEntity;
import org.rapport.pipeline.internal.model.StageEntity;
import org.rapport.pipeline.internal.model.StageVisitEntity;

/**
 * Writes many generated opportunities quickly (batched JPA inserts in chunks of one transaction each), for benchmarks:
 * {@code open} deals spread over the open stages of a pipeline, the rest won or lost, with close dates spread over
 * two years and eight reps. The same every time for a seed.
 */
public final class SyntheticDeals {

    private static final int CHUNK = 5_000;
    private static final String[] OWNERS = { "anna.keller", "ben.osei", "chloe.martin", "david.lind", "eva.berg",
            "farid.haddad", "gina.rossi", "hugo.moreau" };

    private final Random random;

    public SyntheticDeals(long seed) {
        this.random = new Random(seed);
    }

    /** Inserts {@code total} deals into the pipeline, {@code open} of them open; returns how many were written. */
    public int insert(UnitAccess unit, Pipeline pipeline, int total, int open, LocalDate firstMonth) {
        List<StageEntity> stages = unit.read(em -> em.createQuery("SELECT s FROM Stage s WHERE s.pipelineId = :p"
                + " ORDER BY s.position", StageEntity.class).setParameter("p", pipeline.id()).getResultList());
        List<StageEntity> openStages = stages.stream().filter(s -> s.getKind() == StageKind.OPEN).toList();
        StageEntity won = stages.stream().filter(s -> s.getKind() == StageKind.WON).findFirst().orElseThrow();
        StageEntity lost = stages.stream().filter(s -> s.getKind() == StageKind.LOST).findFirst().orElseThrow();
        int written = 0;
        while (written < total) {
            int from = written;
            int chunk = Math.min(CHUNK, total - written);
            unit.write(em -> {
                for (int i = from; i < from + chunk; i++) {
                    boolean isOpen = i < open;
                    StageEntity stage = isOpen ? openStages.get(random.nextInt(openStages.size()))
                            : random.nextInt(10) < 3 ? won : lost;
                    OpportunityEntity o = new OpportunityEntity();
                    o.setTitle("Deal " + (i + 1));
                    o.setPerson(1L + random.nextInt(100_000), "Person " + (i % 100_000));
                    o.setOrganization(null, "");
                    o.setAmount(BigDecimal.valueOf(500 + random.nextInt(200) * 250L).setScale(2));
                    o.setCurrency(random.nextInt(20) == 0 ? "USD" : "EUR");
                    o.setOwner(OWNERS[random.nextInt(OWNERS.length)]);
                    o.setNextStep("");
                    o.setLostReason(stage == lost ? "Price" : "");
                    LocalDate close = firstMonth.plusDays(random.nextInt(730));
                    o.setExpectedClose(close);
                    o.placeIn(stage);
                    if (!isOpen) {
                        o.setClosedOn(close);
                    }
                    em.persist(o);
                    if (isOpen) {
                        // the sequence assigns the id at persist, so the visit can refer to it without a flush
                        em.persist(new StageVisitEntity(o.getId(), o.getPersonId(), stage.getId(), Instant.now()));
                    }
                }
                return null;
            });
            written += chunk;
        }
        unit.write(em -> {
            ForecastCells.rebuild(em, pipeline.id());
            return null;
        });
        return written;
    }

    /** The open stages of a pipeline, in order. */
    public static List<Stage> openStages(Pipeline pipeline) {
        return pipeline.stages().stream().filter(s -> s.kind() == StageKind.OPEN).toList();
    }
}
