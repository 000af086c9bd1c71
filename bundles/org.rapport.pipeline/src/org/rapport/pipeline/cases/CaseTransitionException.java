package org.rapport.pipeline.cases;

import java.util.stream.Collectors;

/** A status change a case's flow does not allow; nothing was written. The message names both statuses and the way on. */
public class CaseTransitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final CaseStatus from;
    private final CaseStatus to;

    /** Creates the exception with a message naming the case, both statuses and where the case may go. */
    public CaseTransitionException(long caseId, CaseStatus from, CaseStatus to) {
        super(message(caseId, from, to));
        this.from = from;
        this.to = to;
    }

    private static String message(long caseId, CaseStatus from, CaseStatus to) {
        String base = "Case " + caseId + " is " + from.label() + " and cannot go to " + to.label() + ": ";
        if (from.next().isEmpty()) {
            return base + "a closed case is final; open a new case instead.";
        }
        return base + "from " + from.label() + " it can go to " + from.next().stream().map(CaseStatus::label)
                .collect(Collectors.joining(" or ")) + " only.";
    }

    /** The case's status. */
    public CaseStatus from() {
        return from;
    }

    /** The status asked for. */
    public CaseStatus to() {
        return to;
    }
}
