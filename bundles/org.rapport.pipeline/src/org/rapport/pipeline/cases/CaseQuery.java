package org.rapport.pipeline.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which cases a list shows, newest first. {@code null} filters match everything.
 *
 * @param statuses only these statuses (empty: all)
 * @param owner    only this agent's
 * @param personId only this person's
 */
public record CaseQuery(Set<CaseStatus> statuses, String owner, Long personId) {

    /** Every case. */
    public static final CaseQuery ALL = new CaseQuery(Set.of(), null, null);

    /** Cases not yet resolved or closed. */
    public static final CaseQuery OPEN = new CaseQuery(EnumSet.of(CaseStatus.NEW, CaseStatus.IN_PROGRESS), null, null);

    /** Normalizes the parts. */
    public CaseQuery {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(statuses);
        owner = owner == null || owner.isBlank() ? null : owner;
    }
}
