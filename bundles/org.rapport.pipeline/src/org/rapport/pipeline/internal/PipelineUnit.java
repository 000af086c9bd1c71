package org.rapport.pipeline.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.persistence.DatabaseService;
import org.rapport.persistence.PersistenceUnitSpec;
import org.rapport.persistence.access.UnitAccess;
import org.rapport.pipeline.internal.model.PipelineEntity;

/**
 * The pipeline persistence unit in the workspace's database, shared by the pipeline services; opened on first use,
 * when the default pipelines are created if the database has none.
 */
@Component(service = PipelineUnit.class)
public class PipelineUnit extends UnitAccess {

    /** The unit's name in META-INF/persistence.xml and its schema-version key. */
    static final String NAME = "pipeline";
    /** The schema version this build writes. */
    static final int SCHEMA_VERSION = 1;

    @Activate
    public PipelineUnit(@Reference DatabaseService database) {
        super(database, new PersistenceUnitSpec(NAME, PipelineEntity.class.getClassLoader(), SCHEMA_VERSION, List.of()),
                DefaultPipelines::createIfNone);
    }
}
