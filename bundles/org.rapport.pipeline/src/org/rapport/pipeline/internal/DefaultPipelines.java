package org.rapport.pipeline.internal;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.rapport.persistence.access.UnitAccess;
import org.rapport.pipeline.Stage;
import org.rapport.pipeline.StageKind;
import org.rapport.pipeline.internal.model.PipelineEntity;
import org.rapport.pipeline.internal.model.StageEntity;

/** "New business" and "Renewals", created when a database has no pipeline yet. */
final class DefaultPipelines {

    static final String NEW_BUSINESS = "New business";
    static final String RENEWALS = "Renewals";

    private DefaultPipelines() {
    }

    static void createIfNone(EntityManagerFactory emf) {
        EntityManager em = emf.createEntityManager();
        UnitAccess.inTransaction(em, tx -> {
            if (tx.createQuery("SELECT COUNT(p) FROM Pipeline p", Long.class).getSingleResult() > 0) {
                return null;
            }
            create(tx, NEW_BUSINESS, 0, List.of(Stage.open("Lead", 10), Stage.open("Qualified", 25),
                    Stage.open("Proposal", 50), Stage.open("Negotiation", 75)));
            create(tx, RENEWALS, 1, List.of(Stage.open("Upcoming", 60), Stage.open("In talks", 80),
                    Stage.open("Contract sent", 90)));
            return null;
        });
    }

    private static void create(EntityManager em, String name, int position, List<Stage> open) {
        PipelineEntity pipeline = new PipelineEntity(name, position);
        em.persist(pipeline);
        em.flush();
        int i = 0;
        for (Stage stage : open) {
            em.persist(new StageEntity(pipeline.getId(), stage.name(), i++, stage.probability(), StageKind.OPEN));
        }
        em.persist(new StageEntity(pipeline.getId(), "Won", i++, 100, StageKind.WON));
        em.persist(new StageEntity(pipeline.getId(), "Lost", i, 0, StageKind.LOST));
    }
}
