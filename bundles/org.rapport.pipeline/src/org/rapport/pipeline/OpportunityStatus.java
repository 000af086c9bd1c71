package org.rapport.pipeline;

/** Where an opportunity stands, following the kind of its stage. */
public enum OpportunityStatus {
    /** In an open stage. */
    OPEN,
    /** Closed-won. */
    WON,
    /** Closed-lost. */
    LOST
}
