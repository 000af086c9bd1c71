package org.rapport.pipeline;

/** Whether a stage holds open deals or closes them. Each pipeline has open stages, then one won and one lost stage. */
public enum StageKind {
    /** A step on the way; its opportunities are open. */
    OPEN,
    /** Closed-won: its opportunities count at 100%. */
    WON,
    /** Closed-lost: its opportunities count at 0% and carry a lost reason. */
    LOST;

    /** The status of an opportunity in a stage of this kind. */
    public OpportunityStatus status() {
        return switch (this) {
            case OPEN -> OpportunityStatus.OPEN;
            case WON -> OpportunityStatus.WON;
            case LOST -> OpportunityStatus.LOST;
        };
    }
}
