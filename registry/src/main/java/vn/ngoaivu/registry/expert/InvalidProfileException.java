package vn.ngoaivu.registry.expert;

import java.util.List;

/** A profile that breaks the rules: every problem found, not just the first. */
public final class InvalidProfileException extends RuntimeException {

    private final transient List<ProfileProblem> problems;

    public InvalidProfileException(List<ProfileProblem> problems) {
        super(problems.size() + " invalid field(s): " + problems.stream().map(ProfileProblem::pointer).toList(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<ProfileProblem> problems() {
        return problems;
    }
}
