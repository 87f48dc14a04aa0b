package vn.ngoaivu.registry;

import java.util.List;

/** A profile or record that breaks the rules: every problem found, not just the first. */
public final class InvalidFieldsException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidFieldsException(List<FieldProblem> problems) {
        super(problems.size() + " invalid field(s): " + problems.stream().map(FieldProblem::pointer).toList(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
