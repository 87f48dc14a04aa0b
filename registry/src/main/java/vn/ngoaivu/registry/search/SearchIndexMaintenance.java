package vn.ngoaivu.registry.search;

import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.hibernate.SessionFactory;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.outboxpolling.mapping.OutboxPollingSearchMapping;
import org.hibernate.search.mapper.orm.outboxpolling.OutboxPollingExtension;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the index whole in the background: creates the Elasticsearch/OpenSearch index once the cluster
 * answers, re-queues changes that failed to index while it was down, reports the indexing backlog, and
 * rebuilds the index from the database on demand (the mass indexer) with its progress.
 */
public final class SearchIndexMaintenance implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SearchIndexMaintenance.class.getName());

    private final SessionFactory sessions;
    private final SearchSettings settings;
    private final Clock clock;
    private final ScheduledExecutorService background;
    private final AtomicBoolean schemaReady = new AtomicBoolean();
    private final AtomicReference<Rebuild> rebuild = new AtomicReference<>();

    /** A rebuild of the index: how far it went, and how it ended. */
    public record Rebuild(Instant startedAt, AtomicLong total, AtomicLong indexed, AtomicReference<Instant> finishedAt,
                          AtomicReference<String> failure) {
        public boolean running() {
            return finishedAt.get() == null;
        }
    }

    /** The index's state for operators. */
    public record Status(SearchSettings.Backend backend, boolean engineReachable, boolean schemaReady, long pendingChanges,
                         long abortedChanges, Optional<Rebuild> lastRebuild) {
    }

    public SearchIndexMaintenance(SessionFactory sessions, SearchSettings settings, Clock clock) {
        this.sessions = sessions;
        this.settings = settings;
        this.clock = clock;
        this.background = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "search-maintenance");
            thread.setDaemon(true);
            return thread;
        });
        schemaReady.set(settings.backend() == SearchSettings.Backend.LUCENE);
    }

    /** Starts the background work: schema creation until it succeeds, then re-queueing of failed changes. */
    public SearchIndexMaintenance start() {
        long every = Math.max(1, settings.retryDelay().toSeconds());
        background.scheduleWithFixedDelay(this::tick, 0, every, TimeUnit.SECONDS);
        return this;
    }

    private void tick() {
        try {
            if (!schemaReady.get()) {
                mapping().scope(Object.class).schemaManager().createIfMissing();
                schemaReady.set(true);
                LOG.info("search index ready on " + settings.hosts());
            }
            if (abortedChanges() > 0 && engineReachable()) {
                int requeued = outbox().reprocessAbortedEvents();
                LOG.info("search engine reachable again: " + requeued + " change(s) queued for indexing again");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "search maintenance: engine not ready", e);
        }
    }

    public Status status() {
        return new Status(settings.backend(), engineReachable(), schemaReady.get(), pendingChanges(), abortedChanges(),
                Optional.ofNullable(rebuild.get()));
    }

    /** Changes written to the database but not yet in the index (the outbox's backlog). */
    public long pendingChanges() {
        return count("SELECT count(*) FROM hsearch_outbox_event WHERE status = 'PENDING'");
    }

    public long abortedChanges() {
        return outbox().countAbortedEvents();
    }

    public boolean engineReachable() {
        if (settings.backend() == SearchSettings.Backend.LUCENE) {
            return true;
        }
        try {
            RestClient client = mapping().backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
            return client.performRequest(new Request("GET", "/_cluster/health")).getStatusLine().getStatusCode() == 200;
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Rebuilds the whole index from the database, in the background; empty if a rebuild is running already.
     * Changes made meanwhile still reach the index through the outbox.
     */
    public Optional<Rebuild> rebuild() {
        Rebuild started = new Rebuild(clock.instant(), new AtomicLong(), new AtomicLong(), new AtomicReference<>(),
                new AtomicReference<>());
        Rebuild previous = rebuild.getAndUpdate(current -> current != null && current.running() ? current : started);
        if (previous != null && previous.running()) {
            return Optional.empty();
        }
        CompletableFuture<?> done = mapping().scope(Object.class).massIndexer()
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(500)
                // Elasticsearch: a new mapping (analyzers) needs the index dropped and created. Lucene keeps no
                // schema beyond the documents, so purging them is enough; dropping the directory under the writers
                // the outbox processor is using can leave a reader unable to open (HSEARCH000284, write.lock).
                .dropAndCreateSchemaOnStart(settings.backend() == SearchSettings.Backend.ELASTICSEARCH)
                .purgeAllOnStart(true)
                .mergeSegmentsOnFinish(true)
                .monitor(new Progress(started))
                .start().toCompletableFuture();
        done.whenComplete((ignored, failure) -> {
            if (failure != null) {
                started.failure().set(String.valueOf(failure.getMessage()));
                LOG.log(Level.WARNING, "search index rebuild failed", failure);
            } else {
                schemaReady.set(true);
            }
            started.finishedAt().set(clock.instant());
        });
        return Optional.of(started);
    }

    /** Blocks until the outbox is empty (all changes indexed), or the time is up; for tests and tools. */
    public boolean awaitIndexed(Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (pendingChanges() == 0 && abortedChanges() == 0) {
                mapping().scope(Object.class).workspace().refresh();
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private record Progress(Rebuild rebuild) implements MassIndexingMonitor {
        @Override
        public void documentsAdded(long increment) {
            long done = rebuild.indexed().addAndGet(increment);
            if (done % 10_000 < increment) {
                LOG.info("search index rebuild: " + done + " of " + rebuild.total().get() + " experts indexed");
            }
        }

        @Override
        public void documentsBuilt(long increment) {
            // counted when added
        }

        @Override
        public void entitiesLoaded(long increment) {
            // counted when added
        }

        @Override
        public void addToTotalCount(long increment) {
            rebuild.total().addAndGet(increment);
        }

        @Override
        public void indexingCompleted() {
            LOG.info("search index rebuild: done, " + rebuild.indexed().get() + " experts indexed");
        }
    }

    private long count(String sql) {
        return sessions.fromSession(session -> session.doReturningWork(connection -> {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }));
    }

    private SearchMapping mapping() {
        return Search.mapping(sessions);
    }

    private OutboxPollingSearchMapping outbox() {
        return mapping().extension(OutboxPollingExtension.get());
    }

    @Override
    public void close() {
        background.shutdownNow();
    }
}
