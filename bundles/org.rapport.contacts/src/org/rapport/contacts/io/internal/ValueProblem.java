package org.rapport.contacts.io.internal;

/** A value that cannot be imported as it is; the reason says what is wrong and what to do. */
final class ValueProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean rejectsRow;

    private ValueProblem(String reason, boolean rejectsRow) {
        super(reason, null, false, false);
        this.rejectsRow = rejectsRow;
    }

    /** The row cannot be imported with this value (a wrong date, a broken email address). */
    static ValueProblem rejecting(String reason) {
        return new ValueProblem(reason, true);
    }

    /** The row is imported without this value (a birthday without year). */
    static ValueProblem skipping(String reason) {
        return new ValueProblem(reason, false);
    }

    boolean rejectsRow() {
        return rejectsRow;
    }
}
