package org.rapport.pipeline;

import java.nio.file.Path;

import org.rapport.persistence.StandaloneDatabase;
import org.rapport.persistence.access.UnitAccess;
import org.rapport.pipeline.internal.JpaForecastService;
import org.rapport.pipeline.internal.JpaOpportunityService;
import org.rapport.pipeline.internal.JpaPipelineService;
import org.rapport.pipeline.internal.PipelineEvents;
import org.rapport.pipeline.internal.PipelineUnit;

/**
 * The pipeline services on a database of their own, outside OSGi: for benchmarks, tools and tests that need a fresh
 * pipeline database in a folder of their choice. They are built exactly as Declarative Services builds them in the
 * product, only without EventAdmin; on a server database, other Rapport processes are still told of the changes.
 * {@link #close()} closes the database.
 */
public final class StandalonePipeline implements AutoCloseable {

    private final StandaloneDatabase database;
    private final PipelineUnit unit;
    private final PipelineService pipelines;
    private final OpportunityService opportunities;
    private final ForecastService forecasts;

    private StandalonePipeline(StandaloneDatabase database) {
        this.database = database;
        this.unit = new PipelineUnit(database);
        PipelineEvents events = new PipelineEvents();
        events.setChangeBroadcast(database.changeBroadcast()); // team mode: other processes' boards follow
        this.pipelines = new JpaPipelineService(unit, events);
        this.opportunities = new JpaOpportunityService(unit, events);
        this.forecasts = new JpaForecastService(unit);
    }

    /** The pipeline of an embedded Derby database in {@code workspace/db} (created if needed). */
    public static StandalonePipeline openIn(Path workspace) {
        return on(StandaloneDatabase.embeddedIn(workspace));
    }

    /**
     * The pipeline of a database opened by the caller (embedded Derby or a server database), which this takes over:
     * {@link #close()} closes it.
     */
    public static StandalonePipeline on(StandaloneDatabase database) {
        return new StandalonePipeline(database);
    }

    /** The database itself (information, backup). */
    public StandaloneDatabase database() {
        return database;
    }

    /**
     * The pipeline's persistence unit, for bulk tools (benchmark data) that write past the services; opening it
     * creates the default pipelines if the database has none.
     */
    public UnitAccess unit() {
        return unit;
    }

    /** The pipelines and their stages. */
    public PipelineService pipelines() {
        return pipelines;
    }

    /** The opportunities. */
    public OpportunityService opportunities() {
        return opportunities;
    }

    /** The forecast. */
    public ForecastService forecasts() {
        return forecasts;
    }

    /** Closes the database. */
    @Override
    public void close() {
        database.close();
    }
}
