package vn.ngoaivu.opendata.sparql;

/** A query the endpoint will not or could not answer; the gateway turns the reason into a status. */
public final class SparqlException extends RuntimeException {

    public enum Reason {
        /** Not SPARQL 1.1 query syntax; the message gives the line and column. */
        SYNTAX,
        /** An update (INSERT, DELETE, LOAD, ...): the endpoint is read-only. */
        UPDATE,
        /** A SERVICE call: the endpoint never fetches URLs a caller names. */
        SERVICE,
        /** The query ran past the timeout and was cancelled. */
        TIMEOUT
    }

    private final Reason reason;

    public SparqlException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
