package org.rapport.pipeline;

import java.util.List;
import java.util.Optional;
import org.rapport.core.FieldProblem;

/**
 * Pipelines and their stages, what the pipeline preference page edits. Available as an OSGi service. On the first use
 * of a new database the two default pipelines, "New business" and "Renewals", are created.
 * <p>
 * Changes post {@link PipelineTopics#PIPELINES_CHANGED}.
 */
public interface PipelineService {

    /** Every pipeline, in display order, with its stages. */
    List<Pipeline> pipelines();

    /** A pipeline, or empty. */
    Optional<Pipeline> pipeline(long id);

    /** The pipeline a stage belongs to, or empty. */
    Optional<Pipeline> pipelineOfStage(long stageId);

    /** What would stop a pipeline from being saved, by field ({@code name}, {@code stages[2].probability}...). */
    List<FieldProblem> validate(Pipeline pipeline);

    /**
     * Saves a new or changed pipeline. Stages are matched by id: changed ones are updated (a new default probability
     * is applied to the open opportunities in the stage that do not override it), new ones (id 0) are added, missing
     * ones are removed.
     *
     * @return the saved pipeline with ids and new version
     * @throws PipelineValidationException when a value is invalid, or a stage to remove still holds opportunities (the
     *                                     message says how many and that they must be moved first); nothing is written
     * @throws ConcurrentChangeException   when the pipeline was changed since it was read
     */
    Pipeline save(Pipeline pipeline);

    /**
     * Deletes a pipeline.
     *
     * @throws PipelineValidationException when it still holds opportunities, or it is the last pipeline
     */
    void delete(long pipelineId);
}
