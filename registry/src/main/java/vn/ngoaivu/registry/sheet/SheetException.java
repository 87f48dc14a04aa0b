package vn.ngoaivu.registry.sheet;

/** A structural problem of a sheet file, found while reading it: the file as a whole cannot be imported. */
public final class SheetException extends Exception {

    private final transient RowProblem problem;

    public SheetException(RowProblem problem, Throwable cause) {
        super(problem.messageEn(), cause, false, false);
        this.problem = problem;
    }

    /** The file-level problem to report. */
    public RowProblem problem() {
        return problem;
    }
}
