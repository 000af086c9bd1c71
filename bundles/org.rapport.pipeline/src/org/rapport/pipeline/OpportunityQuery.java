package org.rapport.pipeline;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Which opportunities a table shows and in what order. {@code null} filters match everything.
 *
 * @param pipelineId  only this pipeline
 * @param owner       only this rep's
 * @param personId    only those with this person
 * @param statuses    only these statuses (empty set: all)
 * @param titlePrefix only those whose title starts with this text (ignoring case; empty for all)
 * @param sort        the sort column
 * @param descending  reversed order
 */
public record OpportunityQuery(Long pipelineId, String owner, Long personId, Set<OpportunityStatus> statuses,
        String titlePrefix, OpportunitySort sort, boolean descending) {

    /** Every opportunity, by expected close date. */
    public static final OpportunityQuery ALL = new OpportunityQuery(null, null, null, Set.of(), "",
            OpportunitySort.EXPECTED_CLOSE, false);

    /** Normalizes the parts. */
    public OpportunityQuery {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        titlePrefix = titlePrefix == null ? "" : titlePrefix.trim().toLowerCase(Locale.ROOT);
        owner = owner == null || owner.isBlank() ? null : owner;
        Objects.requireNonNull(sort, "sort");
    }

    /** Only open opportunities. */
    public OpportunityQuery openOnly() {
        return new OpportunityQuery(pipelineId, owner, personId, Set.of(OpportunityStatus.OPEN), titlePrefix, sort, descending);
    }

    /** The same query for one pipeline. */
    public OpportunityQuery inPipeline(Long id) {
        return new OpportunityQuery(id, owner, personId, statuses, titlePrefix, sort, descending);
    }

    /** The same query for one rep. */
    public OpportunityQuery ownedBy(String rep) {
        return new OpportunityQuery(pipelineId, rep, personId, statuses, titlePrefix, sort, descending);
    }

    /** The same query for one person. */
    public OpportunityQuery withPerson(Long id) {
        return new OpportunityQuery(pipelineId, owner, id, statuses, titlePrefix, sort, descending);
    }

    /** The same query with another title filter. */
    public OpportunityQuery withTitlePrefix(String text) {
        return new OpportunityQuery(pipelineId, owner, personId, statuses, text, sort, descending);
    }

    /** The same query in another order. */
    public OpportunityQuery sortedBy(OpportunitySort column, boolean reversed) {
        return new OpportunityQuery(pipelineId, owner, personId, statuses, titlePrefix, column, reversed);
    }
}
