package vn.ngoaivu.opendata.publish;

import vn.ngoaivu.opendata.dataset.DatasetDefinition;
import vn.ngoaivu.opendata.privacy.PublicationBlocked;
import vn.ngoaivu.opendata.release.Release;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Publishes each dataset again when its update frequency says its latest release is due (a monthly dataset 30 days
 * after its last release; irregular ones only by hand). A publication the gates refuse is logged with its report and
 * tried again at the next check; nothing is published that a person could not have published.
 */
public final class PublicationSchedule implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PublicationSchedule.class.getName());

    private final OpenData openData;
    private final Clock clock;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "opendata-schedule");
        thread.setDaemon(true);
        return thread;
    });

    public PublicationSchedule(OpenData openData, Clock clock) {
        this.openData = openData;
        this.clock = clock;
    }

    /** Checks every {@code interval}, the first time one interval after start (not during start-up). */
    public PublicationSchedule start(Duration interval) {
        scheduler.scheduleWithFixedDelay(this::publishDue, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Publishes every dataset whose release is due; returns how many were published. */
    public int publishDue() {
        int published = 0;
        for (DatasetDefinition definition : openData.definitions()) {
            if (due(definition)) {
                try {
                    Release release = openData.publish(definition.id());
                    LOG.log(System.Logger.Level.INFO, "published " + definition.id() + " release " + release.number());
                    published++;
                } catch (PublicationBlocked e) {
                    LOG.log(System.Logger.Level.WARNING, "scheduled publication refused:\n" + e.report().toText());
                } catch (OpenData.QualityBlocked e) {
                    LOG.log(System.Logger.Level.WARNING, "scheduled publication refused: " + e.getMessage() + "\n"
                            + e.report().toText());
                } catch (IOException | RuntimeException e) {
                    LOG.log(System.Logger.Level.ERROR, "scheduled publication of " + definition.id() + " failed", e);
                }
            }
        }
        return published;
    }

    boolean due(DatasetDefinition definition) {
        Optional<Duration> interval = definition.frequency().interval();
        if (interval.isEmpty()) {
            return false;
        }
        Optional<Instant> last = openData.latest(definition.id()).map(Release::issued);
        return last.isEmpty() || !clock.instant().isBefore(last.get().plus(interval.get()));
    }

    @Override
    public void close() {
        // A publication under way finishes (its store transaction must not be cut by an interrupt); none starts.
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(60, TimeUnit.SECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
