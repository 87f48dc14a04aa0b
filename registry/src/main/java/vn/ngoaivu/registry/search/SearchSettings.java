package vn.ngoaivu.registry.search;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the full-text index lives. The embedded default keeps a Lucene index on local disk (one instance);
 * at scale an Elasticsearch or OpenSearch cluster holds it and every gateway replica shares it. Either
 * way changes reach the index through the outbox table in PostgreSQL, so a write never waits for, or is
 * lost by, the search engine.
 *
 * @param backend         lucene or elasticsearch
 * @param luceneDirectory the Lucene index's directory (lucene backend)
 * @param hosts           the cluster's URIs, e.g. {@code http://127.0.0.1:9200} (elasticsearch backend)
 * @param username        basic-auth user of the cluster, if it needs one
 * @param password        its password (from the environment, never from the repository)
 * @param version         the engine's version as Hibernate Search reads it: {@code 8.15}, {@code 9},
 *                        {@code opensearch:2.19}, {@code opensearch:3.4}
 * @param pollingInterval how often the outbox is polled for changes to index
 * @param retryDelay      how long a change that failed to index (engine down) waits before it is retried
 * @param queryTimeout    how long a search may take before it answers 503
 */
public record SearchSettings(Backend backend, Path luceneDirectory, List<URI> hosts, Optional<String> username,
                             Optional<String> password, String version, Duration pollingInterval, Duration retryDelay,
                             Duration queryTimeout) {

    public enum Backend { LUCENE, ELASTICSEARCH }

    public static final Duration DEFAULT_POLLING_INTERVAL = Duration.ofMillis(100);
    public static final Duration DEFAULT_RETRY_DELAY = Duration.ofSeconds(5);
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(5);

    public SearchSettings {
        Objects.requireNonNull(backend);
        Objects.requireNonNull(luceneDirectory);
        hosts = List.copyOf(hosts);
        if (backend == Backend.ELASTICSEARCH && hosts.isEmpty()) {
            throw new IllegalArgumentException("the elasticsearch backend needs at least one host");
        }
    }

    /** The embedded default: a Lucene index in a directory, the outbox polled every 100 ms. */
    public static SearchSettings lucene(Path directory) {
        return new SearchSettings(Backend.LUCENE, directory, List.of(), Optional.empty(), Optional.empty(), "",
                DEFAULT_POLLING_INTERVAL, DEFAULT_RETRY_DELAY, DEFAULT_QUERY_TIMEOUT);
    }

    /** An Elasticsearch or OpenSearch cluster at these hosts, with the embedded default's timings. */
    public static SearchSettings elasticsearch(List<URI> hosts, String version) {
        return new SearchSettings(Backend.ELASTICSEARCH, Path.of("data/search"), hosts, Optional.empty(), Optional.empty(),
                version, DEFAULT_POLLING_INTERVAL, DEFAULT_RETRY_DELAY, DEFAULT_QUERY_TIMEOUT);
    }

    public SearchSettings withRetryDelay(Duration delay) {
        return new SearchSettings(backend, luceneDirectory, hosts, username, password, version, pollingInterval, delay,
                queryTimeout);
    }
}
