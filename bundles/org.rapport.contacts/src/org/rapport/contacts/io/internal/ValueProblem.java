package org.rapport.contacts.io.internal;

/**
 * A value that cannot be imported as it is; the reason says what is wrong and what to do. The row is imported without
 * it (a row is refused only when nothing is left to identify the person).
 */
final class ValueProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private ValueProblem(String reason) {
        super(reason, null, false, false);
    }

    static ValueProblem of(String reason) {
        return new ValueProblem(reason);
    }
}
