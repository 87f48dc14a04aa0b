package vn.ngoaivu.registry.link;

import vn.ngoaivu.registry.document.DocumentLinkJob;
import vn.ngoaivu.registry.dossier.DossierLinkJob;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the link jobs in the background, one round every {@code interval}: due document references, due dossiers,
 * and, every {@code pollInterval}, the portal's changes. A system that is not configured has no job: its links stay
 * pending until it is. One thread: a slow national system delays the next round, it never piles rounds up.
 */
public final class NationalLinkJobs implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(NationalLinkJobs.class.getName());
    static final int BATCH = 50;

    private final Optional<DocumentLinkJob> documents;
    private final Optional<DossierLinkJob> dossiers;
    private final Duration pollInterval;
    private final Clock clock;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "national-link-jobs");
        thread.setDaemon(true);
        return thread;
    });
    private Instant lastPoll = Instant.EPOCH;

    public NationalLinkJobs(Optional<DocumentLinkJob> documents, Optional<DossierLinkJob> dossiers, Duration pollInterval,
                            Clock clock) {
        this.documents = documents;
        this.dossiers = dossiers;
        this.pollInterval = pollInterval;
        this.clock = clock;
    }

    public NationalLinkJobs start(Duration interval) {
        scheduler.scheduleWithFixedDelay(this::round, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** One round: every due link, then a poll if one is due. Public for tests and for an operator's "now". */
    public void round() {
        try {
            documents.ifPresent(job -> drain(job::runOnce));
            dossiers.ifPresent(job -> {
                drain(job::runOnce);
                if (!clock.instant().isBefore(lastPoll.plus(pollInterval))) {
                    lastPoll = clock.instant();
                    job.poll();
                }
            });
        } catch (RuntimeException e) {
            // Polling failures (portal down) and database outages end the round; the next one tries again.
            LOG.log(System.Logger.Level.WARNING, "link round ended early: " + e);
        }
    }

    private static void drain(java.util.function.IntUnaryOperator job) {
        while (job.applyAsInt(BATCH) == BATCH) {
            // a full batch: more may be due
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
