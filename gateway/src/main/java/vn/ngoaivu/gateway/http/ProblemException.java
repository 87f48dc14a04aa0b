package vn.ngoaivu.gateway.http;

/** Thrown by handlers to answer with a problem; the routing's error handler renders it. */
public final class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.type().uri() + ": " + problem.detail().en(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
