package org.rapport.pipeline.cases;

import java.util.List;
import java.util.Optional;

import org.rapport.pipeline.ConcurrentChangeException;
import org.rapport.core.FieldProblem;
import org.rapport.pipeline.PipelineValidationException;

/**
 * Cases (complaints). Available as an OSGi service; call it from a background job.
 * <p>
 * Changes post {@code PipelineTopics.CASES_CHANGED} and the person's timeline topic; a case resolved or closed with a
 * satisfaction of {@code PipelineTopics.HIGH_SATISFACTION} or more posts
 * {@code PipelineTopics.CASE_RESOLVED_SATISFIED}, once per case.
 */
public interface CaseService {

    /** A detached copy, or empty. */
    Optional<SupportCase> supportCase(long id);

    /** What would stop a case from being saved, by field. */
    List<FieldProblem> validate(SupportCase supportCase);

    /**
     * Opens a new case (status new) or saves the details of an existing one (its status, resolution and satisfaction
     * are kept; change them with {@link #changeStatus}).
     *
     * @throws PipelineValidationException with every invalid field
     * @throws ConcurrentChangeException   when it was changed since it was read
     */
    SupportCase save(SupportCase supportCase);

    /**
     * Moves a case along its flow.
     *
     * @param expectedVersion the version the caller read
     * @param target          the new status
     * @param resolution      resolution notes; required for resolved and closed (kept from before when blank and
     *                        already set)
     * @param satisfaction    the customer's satisfaction 1-5; required for closed, optional for resolved, ignored
     *                        otherwise
     * @throws CaseTransitionException     when the flow does not allow it (the message says where the case can go)
     * @throws PipelineValidationException when notes or satisfaction are missing or out of range
     * @throws ConcurrentChangeException   when the version moved on
     */
    SupportCase changeStatus(long caseId, int expectedVersion, CaseStatus target, String resolution, Integer satisfaction);

    /** How many cases a query matches. */
    int count(CaseQuery query);

    /** One page of a query, newest first. */
    List<SupportCase> page(CaseQuery query, int offset, int limit);
}
