package org.rapport.pipeline;

import java.time.Instant;

/**
 * One entry of an opportunity's stage history: it entered a stage and (unless it is still there) left it.
 *
 * @param id            the entry
 * @param opportunityId the opportunity
 * @param stageId       the stage
 * @param stageName     the stage's name
 * @param kind          the stage's kind (a visit to a won stage is the deal being won)
 * @param enteredAt     when it entered the stage
 * @param leftAt        when it left, or {@code null} while it is there
 * @param changedBy     the user who moved it
 */
public record StageVisit(long id, long opportunityId, long stageId, String stageName, StageKind kind, Instant enteredAt,
        Instant leftAt, String changedBy) {
}
