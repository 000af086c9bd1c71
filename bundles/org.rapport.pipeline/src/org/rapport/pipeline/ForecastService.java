package org.rapport.pipeline;

import java.util.List;

/**
 * The forecast and the stage statistics, computed by the database (grouped queries over the opportunities and their
 * history, never by loading deals). Available as an OSGi service; call it from a background job.
 */
public interface ForecastService {

    /** The weighted forecast of a period, by month, rep and currency. */
    Forecast forecast(ForecastQuery query);

    /**
     * Win rate and average time in stage, per stage of a pipeline, in stage order (the won and lost stages included,
     * with the time spent there not measured).
     *
     * @throws PipelineValidationException when the pipeline does not exist
     */
    List<StageStatistics> stageStatistics(long pipelineId);
}
