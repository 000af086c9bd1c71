package org.rapport.pipeline.internal;

import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.persistence.DatabaseService;
import org.rapport.persistence.PersistenceUnitSpec;
import org.rapport.pipeline.internal.model.PipelineEntity;

/**
 * The pipeline persistence unit in the workspace's database, shared by the pipeline services. Opened on first use (so
 * a workbench that never shows the pipeline never touches the database); the default pipelines are created then if
 * the database has none.
 */
@Component(service = PipelineUnit.class)
public class PipelineUnit {

    /** The unit's name in META-INF/persistence.xml and its schema-version key. */
    static final String NAME = "pipeline";
    /** The schema version this build writes. */
    static final int SCHEMA_VERSION = 1;

    private final DatabaseService database;
    private volatile EntityManagerFactory emf;

    @Activate
    public PipelineUnit(@Reference DatabaseService database) {
        this.database = database;
    }

    EntityManagerFactory emf() {
        EntityManagerFactory open = emf;
        if (open == null) {
            synchronized (this) {
                if (emf == null) {
                    EntityManagerFactory opened = database.open(new PersistenceUnitSpec(NAME,
                            PipelineEntity.class.getClassLoader(), SCHEMA_VERSION, List.of()));
                    DefaultPipelines.createIfNone(opened);
                    emf = opened;
                }
                open = emf;
            }
        }
        return open;
    }

    /** Runs work in a new entity manager, read-only (no transaction). */
    public <T> T read(Function<EntityManager, T> work) {
        EntityManager em = emf().createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    /** Runs work in one transaction, rolled back if it throws. */
    public <T> T write(Function<EntityManager, T> work) {
        EntityManager em = emf().createEntityManager();
        return inTransaction(em, work);
    }

    static <T> T inTransaction(EntityManager em, Function<EntityManager, T> work) {
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }
}
