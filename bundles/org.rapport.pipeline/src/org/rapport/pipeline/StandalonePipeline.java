package org.rapport.pipeline;

import java.nio.file.Path;

import org.rapport.persistence.StandaloneDatabase;
import org.rapport.pipeline.internal.JpaForecastService;
import org.rapport.pipeline.internal.JpaOpportunityService;
import org.rapport.pipeline.internal.JpaPipelineService;
import org.rapport.pipeline.internal.PipelineEvents;
import org.rapport.pipeline.internal.PipelineUnit;

/**
 * The pipeline services on a database of their own, outside OSGi: for benchmarks, tools and tests that need a fresh
 * pipeline database in a folder of their choice. They are built exactly as Declarative Services builds them in the
 * product, only without EventAdmin. {@link #close()} closes the database.
 */
public final class StandalonePipeline implements AutoCloseable {

    private final StandaloneDatabase database;
    private final PipelineService pipelines;
    private final OpportunityService opportunities;
    private final ForecastService forecasts;

    private StandalonePipeline(StandaloneDatabase database) {
        this.database = database;
        PipelineUnit unit = new PipelineUnit(database);
        PipelineEvents events = new PipelineEvents();
        this.pipelines = new JpaPipelineService(unit, events);
        this.opportunities = new JpaOpportunityService(unit, events);
        this.forecasts = new JpaForecastService(unit);
    }

    /** The pipeline of an embedded Derby database in {@code workspace/db} (created if needed). */
    public static StandalonePipeline openIn(Path workspace) {
        return new StandalonePipeline(StandaloneDatabase.embeddedIn(workspace));
    }

    /** The database itself (information, backup). */
    public StandaloneDatabase database() {
        return database;
    }

    public PipelineService pipelines() {
        return pipelines;
    }

    public OpportunityService opportunities() {
        return opportunities;
    }

    public ForecastService forecasts() {
        return forecasts;
    }

    @Override
    public void close() {
        database.close();
    }
}
