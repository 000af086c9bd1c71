package org.rapport.pipeline.activities;

/** What kind of activity; also the timeline entry kind ({@link #label()}). */
public enum ActivityKind {
    CALL("call"), MEETING("meeting"), TASK("task"), EMAIL("email");

    private final String label;

    ActivityKind(String label) {
        this.label = label;
    }

    /** Lower-case name, e.g. {@code call}; the timeline entry kind. */
    public String label() {
        return label;
    }
}
