package org.rapport.pipeline;

import java.util.List;
import java.util.stream.Collectors;
import org.rapport.core.FieldProblem;

/** Something of the pipeline domain could not be saved because values are invalid; nothing was written. */
public class PipelineValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    /** Creates the exception; its message lists every problem. */
    public PipelineValidationException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** Creates the exception for one field. */
    public PipelineValidationException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    /** Every invalid value, by field. */
    public List<FieldProblem> problems() {
        return problems;
    }
}
