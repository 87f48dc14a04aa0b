package vn.ngoaivu.registry.search;

import org.hibernate.search.util.common.SearchException;
import org.hibernate.search.util.common.SearchTimeoutException;
import vn.ngoaivu.registry.FieldProblem;
import vn.ngoaivu.registry.RegistryExceptions;

import java.util.List;
import java.util.function.Supplier;

/** Tells a search engine's unavailability (503) and over-broad queries (400) from faults, for every search. */
public final class SearchFailures {

    private SearchFailures() {
    }

    /** Runs {@code query}; on a remote engine any engine failure means unavailable, on Lucene it is a fault. */
    public static <T> T run(Supplier<T> query, boolean remoteEngine) {
        try {
            return query.get();
        } catch (SearchTimeoutException e) {
            throw new RegistryExceptions.SearchUnavailable(e);
        } catch (SearchException e) {
            if (tooBroad(e)) {
                throw new RegistryExceptions.InvalidSearch(List.of(new FieldProblem("q", "too-broad",
                        "Truy vấn quá rộng; hãy gõ cụ thể hơn.", "The query is too broad; be more specific.")));
            }
            if (remoteEngine || indexLocked(e)) {
                throw new RegistryExceptions.SearchUnavailable(e);
            }
            throw e;
        }
    }

    /** A local index that cannot be opened for a moment (its writer is being replaced): try again shortly (503). */
    private static boolean indexLocked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.apache.lucene.store.LockObtainFailedException) {
                return true;
            }
        }
        return false;
    }

    private static boolean tooBroad(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof org.apache.lucene.search.IndexSearcher.TooManyClauses || message.contains("too_many_clauses")
                    || message.contains("too_many_nested_clauses")) {
                return true;
            }
        }
        return false;
    }
}
