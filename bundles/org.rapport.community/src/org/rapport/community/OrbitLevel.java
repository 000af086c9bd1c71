package org.rapport.community;

/**
 * The four orbit levels of the Orbit model, 1 the inner circle. A member's level follows from the love (weighted
 * activity) in the look-back window of the {@link ScoringRules}; staff members have none.
 */
public enum OrbitLevel {

    /** Orbit 1: trusted leaders and advocates. */
    ADVOCATE(1, "Advocates"),
    /** Orbit 2: active coordinators and volunteers. */
    CONTRIBUTOR(2, "Contributors"),
    /** Orbit 3: casually involved regulars. */
    PARTICIPANT(3, "Participants"),
    /** Orbit 4: newcomers and passive observers. */
    EXPLORER(4, "Explorers");

    private final int number;
    private final String label;

    OrbitLevel(int number, String label) {
        this.number = number;
        this.label = label;
    }

    /** 1 (advocates) to 4 (explorers), as the Orbit model numbers them. */
    public int number() {
        return number;
    }

    /** The plural name shown in charts and reports, e.g. "Advocates". */
    public String label() {
        return label;
    }

    /** The level one orbit further in, or {@code null} for advocates. */
    public OrbitLevel next() {
        return this == ADVOCATE ? null : values()[ordinal() - 1];
    }

    /** Whether this level is further in than {@code other}. */
    public boolean isAbove(OrbitLevel other) {
        return number < other.number;
    }

    /**
     * The level with this number.
     *
     * @throws IllegalArgumentException unless 1 to 4
     */
    public static OrbitLevel of(int number) {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("orbit levels are 1 to 4, not " + number);
        }
        return values()[number - 1];
    }
}
