package org.rapport.pipeline;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.rapport.core.FieldProblem;

/**
 * Opportunities: editing, stage moves with history and undo, and the queries of the board and the table. Available as
 * an OSGi service; the methods do database work, so call them from a background job.
 * <p>
 * Changes post {@link PipelineTopics#OPPORTUNITIES_CHANGED} and the person's timeline topic.
 */
public interface OpportunityService {

    /** A detached copy, or empty. */
    Optional<Opportunity> opportunity(long id);

    /** What would stop an opportunity from being saved, by field; empty when it can be saved. */
    List<FieldProblem> validate(Opportunity opportunity);

    /**
     * Saves a new or changed opportunity. A new one gets the stage's pipeline and its first history entry; a changed
     * stage is recorded in the history as by {@link #moveToStage}.
     *
     * @return the saved opportunity (id, version, status, probability); the argument is not changed
     * @throws PipelineValidationException with every invalid field; nothing is written
     * @throws ConcurrentChangeException   when it was changed or deleted since it was read
     */
    Opportunity save(Opportunity opportunity);

    /** Deletes opportunities with their history; ids that do not exist are ignored. */
    void delete(Collection<Long> ids);

    /**
     * Moves an opportunity to another stage of its pipeline, what dragging a card does: the history records when it
     * left the old stage and entered the new one; the probability follows the stage unless overridden (won 100,
     * lost 0).
     *
     * @param expectedVersion the version the caller read (the card's)
     * @param lostReason      why it was lost; required when moving to the lost stage, ignored otherwise
     * @throws PipelineValidationException when the stage is not in the opportunity's pipeline or the lost reason is
     *                                     missing
     * @throws ConcurrentChangeException   when the version moved on
     */
    StageMove moveToStage(long opportunityId, int expectedVersion, long stageId, String lostReason);

    /**
     * Undoes the last stage move of an opportunity: it goes back to the previous stage (status, probability and close
     * date as they follow from it), and the move's history entry is marked undone (it no longer shows in the history
     * or the timeline).
     *
     * @param expectedVersion the version after the move, so an undo never overwrites someone else's later change
     * @return the opportunity after the undo
     * @throws PipelineValidationException when there is no move to undo (only the first stage in the history)
     * @throws ConcurrentChangeException   when the version moved on since the move
     */
    Opportunity undoLastMove(long opportunityId, int expectedVersion);

    /** The stage history of an opportunity, oldest first, without undone moves. */
    List<StageVisit> history(long opportunityId);

    /**
     * The kanban board: per stage the count and totals of all matching deals and the first cards, by grouped and
     * projection queries (fast for tens of thousands of open deals).
     *
     * @throws PipelineValidationException when the pipeline does not exist
     */
    Board board(BoardQuery query);

    /** More cards of one column: rows {@code offset} to {@code offset + limit - 1} of the stage, as the board orders them. */
    List<OpportunitySummary> cards(BoardQuery query, long stageId, int offset, int limit);

    /** How many opportunities a table query matches. */
    int count(OpportunityQuery query);

    /** One page of a table query: rows {@code offset} to {@code offset + limit - 1}. */
    List<OpportunitySummary> page(OpportunityQuery query, int offset, int limit);

    /** The user names of everyone who owns opportunities, sorted: what an owner filter offers. */
    List<String> owners();
}
