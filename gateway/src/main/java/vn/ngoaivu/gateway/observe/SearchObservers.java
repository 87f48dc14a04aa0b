package vn.ngoaivu.gateway.observe;

import io.helidon.metrics.api.Gauge;
import io.helidon.metrics.api.MeterRegistry;
import vn.ngoaivu.registry.search.SearchIndexMaintenance;

import java.util.function.LongSupplier;

/**
 * The search index's health as Prometheus gauges: whether the engine answers, and the changes waiting to be
 * indexed (a growing backlog means the engine is down or too slow; aborted ones are retried once it is back).
 */
public final class SearchObservers {

    private SearchObservers() {
    }

    public static void registerGauges(MeterRegistry registry, SearchIndexMaintenance index) {
        gauge(registry, "search.engine.up", "1 when the search engine answers, 0 when not",
                () -> index.engineReachable() ? 1 : 0);
        gauge(registry, "search.outbox.pending", "changes saved but not yet indexed", index::pendingChanges);
        gauge(registry, "search.outbox.aborted", "changes whose indexing failed, to be retried", index::abortedChanges);
    }

    /** Links waiting for a national system ({@code system}: document-system, portal): a growing number means it is down. */
    public static void registerLinkGauge(MeterRegistry registry, String system, LongSupplier pending) {
        gauge(registry, "national." + system.replace('-', '_') + ".links.pending",
                "links saved but not yet completed by the " + system, pending);
    }

    /** A scrape never fails because the database is briefly unreachable: the gauge reads -1 then. */
    private static void gauge(MeterRegistry registry, String name, String description, LongSupplier value) {
        registry.getOrCreate(Gauge.builder(name, () -> {
            try {
                return value.getAsLong();
            } catch (RuntimeException e) {
                return -1L;
            }
        }).description(description));
    }
}
