package vn.ngoaivu.opendata.sparql;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * The SPARQL endpoint's store and limits.
 *
 * @param directory    the TDB2 database of the published data ({@code data-dir/opendata/tdb2} by default)
 * @param queryTimeout how long a query may run before it is cancelled (the caller gets 503)
 * @param resultLimit  most rows (SELECT) or triples (CONSTRUCT, DESCRIBE) one answer holds; a query asking for
 *                     more, or for no limit, is cut there
 */
public record SparqlSettings(Path directory, Duration queryTimeout, int resultLimit) {

    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_RESULT_LIMIT = 10_000;

    public SparqlSettings {
        Objects.requireNonNull(directory);
        Objects.requireNonNull(queryTimeout);
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("the query timeout must be positive");
        }
        if (resultLimit < 1) {
            throw new IllegalArgumentException("the result limit must be at least 1");
        }
    }

    /** The defaults, with the store under {@code dataDir}. */
    public static SparqlSettings under(Path dataDir) {
        return new SparqlSettings(dataDir.resolve("opendata").resolve("tdb2"), DEFAULT_QUERY_TIMEOUT, DEFAULT_RESULT_LIMIT);
    }
}
