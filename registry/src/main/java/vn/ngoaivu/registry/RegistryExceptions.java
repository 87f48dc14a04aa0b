package vn.ngoaivu.registry;

import java.util.List;
import java.util.UUID;

/** The ways a registry request (experts, records, documents) can be refused, each mapped by the gateway to its HTTP status. */
public final class RegistryExceptions {

    private RegistryExceptions() {
    }

    /** No such expert, record or document (404). */
    public static final class NotFound extends RuntimeException {
        public NotFound(UUID id) {
            super("not found: " + id, null, false, false);
        }
    }

    /** The client's version is not the current one: someone else changed the profile first (412). */
    public static final class StaleVersion extends RuntimeException {
        private final long current;

        public StaleVersion(long current) {
            super("the record has changed since (now version " + current + ")", null, false, false);
            this.current = current;
        }

        public long current() {
            return current;
        }
    }

    /** An officer tried to change another unit's record (403). */
    public static final class OtherUnit extends RuntimeException {
        public OtherUnit(String owningUnit) {
            super("the record belongs to unit " + owningUnit, null, false, false);
        }
    }

    /** The change conflicts with the stored state: a duplicate external key, a deleted record (409). */
    public static final class Conflict extends RuntimeException {
        public Conflict(String message) {
            super(message, null, false, false);
        }
    }

    /** A list cursor the platform did not issue (400). */
    public static final class InvalidCursor extends RuntimeException {
        public InvalidCursor() {
            super("invalid cursor", null, false, false);
        }
    }

    /** Search parameters the search cannot run with: syntax, length, unknown codes, paging (400). */
    public static final class InvalidSearch extends RuntimeException {
        private final transient List<FieldProblem> problems;

        public InvalidSearch(List<FieldProblem> problems) {
            super(problems.size() + " invalid search parameter(s)", null, false, false);
            this.problems = List.copyOf(problems);
        }

        public List<FieldProblem> problems() {
            return problems;
        }
    }

    /** The search engine cannot answer now (down, or too slow); writes are unaffected (503). */
    public static final class SearchUnavailable extends RuntimeException {
        public SearchUnavailable(Throwable cause) {
            super("the search engine is unavailable", cause, false, false);
        }
    }
}
