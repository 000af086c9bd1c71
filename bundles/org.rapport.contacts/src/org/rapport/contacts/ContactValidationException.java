package org.rapport.contacts;

import java.util.List;
import java.util.stream.Collectors;
import org.rapport.core.FieldProblem;

/** A person or organization could not be saved because values are invalid; nothing was written. */
public class ContactValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<FieldProblem> problems;

    public ContactValidationException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** Every invalid value, by field. */
    public List<FieldProblem> problems() {
        return problems;
    }
}
