package org.rapport.pipeline.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands. The flow is {@code NEW -> IN_PROGRESS -> RESOLVED -> CLOSED}; a case in progress may also be
 * closed directly, and a resolved case reopened (back to in progress). A closed case is final.
 */
public enum CaseStatus {
    NEW("New"), IN_PROGRESS("In progress"), RESOLVED("Resolved"), CLOSED("Closed");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    /** How people read it. */
    public String label() {
        return label;
    }

    /** The statuses a case may go to from this one. */
    public Set<CaseStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(IN_PROGRESS);
            case IN_PROGRESS -> EnumSet.of(RESOLVED, CLOSED);
            case RESOLVED -> EnumSet.of(IN_PROGRESS, CLOSED);
            case CLOSED -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    /** Whether a case may go from this status to {@code target}. */
    public boolean canGoTo(CaseStatus target) {
        return next().contains(target);
    }
}
