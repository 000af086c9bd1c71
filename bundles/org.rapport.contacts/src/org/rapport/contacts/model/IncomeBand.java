package org.rapport.contacts.model;

/** Yearly household income bands, A (highest) to E; segments compare them ("income at least B"). */
public enum IncomeBand {
    A("A: over 150k"), B("B: 90k to 150k"), C("C: 50k to 90k"), D("D: 25k to 50k"), E("E: under 25k");

    private final String label;

    IncomeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether this band is at least as high as {@code other} (A is the highest). */
    public boolean atLeast(IncomeBand other) {
        return ordinal() <= other.ordinal();
    }
}
