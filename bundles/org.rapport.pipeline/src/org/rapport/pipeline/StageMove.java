package org.rapport.pipeline;

/**
 * What a stage move did, enough to undo it.
 *
 * @param opportunity the opportunity after the move (with its new version)
 * @param fromStageId the stage it left
 * @param toStageId   the stage it entered
 * @param visitId     the history entry the move added
 */
public record StageMove(Opportunity opportunity, long fromStageId, long toStageId, long visitId) {
}
