package vn.ngoaivu.registry.search;

import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;

import java.net.URI;
import java.util.stream.Collectors;

/**
 * Hibernate Search's settings for a {@link SearchSettings}: the backend, its analysis of Vietnamese, the
 * outbox-polling coordination, and how the index schema is managed.
 */
public final class SearchBootstrap {

    private static final String BACKEND = "hibernate.search.backend.";

    private SearchBootstrap() {
    }

    public static void apply(StandardServiceRegistryBuilder builder, SearchSettings settings,
                             HibernateOrmSearchMappingConfigurer mapping) {
        builder.applySetting("hibernate.search.mapping.configurer", mapping);
        builder.applySetting("hibernate.search.mapping.process_annotations", false);
        // Changes go to an outbox table in the same transaction as the change itself, and a background
        // processor indexes them: a write never fails because the engine is down, and nothing is lost.
        builder.applySetting("hibernate.search.coordination.strategy", "outbox-polling");
        builder.applySetting("hibernate.search.coordination.event_processor.polling_interval",
                settings.pollingInterval().toMillis());
        // Bigger batches than the default 50: bulk imports index in fewer, larger transactions and commits.
        builder.applySetting("hibernate.search.coordination.event_processor.batch_size", 500);
        builder.applySetting("hibernate.search.coordination.event_processor.retry_delay",
                Math.max(0, settings.retryDelay().toSeconds()));
        if (settings.backend() == SearchSettings.Backend.LUCENE) {
            builder.applySetting(BACKEND + "type", "lucene");
            builder.applySetting(BACKEND + "directory.root", settings.luceneDirectory().toAbsolutePath().toString());
            builder.applySetting(BACKEND + "analysis.configurer", new LuceneVietnameseAnalysis());
            // Merge sooner than Lucene's default (10 segments a level): a query's cost grows with the number of
            // segments, and the registry writes little, so merging more often costs little.
            builder.applySetting(BACKEND + "io.merge.factor", 4);
            builder.applySetting("hibernate.search.schema_management.strategy", "create-or-validate");
        } else {
            builder.applySetting(BACKEND + "type", "elasticsearch");
            builder.applySetting(BACKEND + "uris", settings.hosts().stream().map(URI::toString).collect(Collectors.joining(",")));
            settings.username().ifPresent(user -> builder.applySetting(BACKEND + "username", user));
            settings.password().ifPresent(password -> builder.applySetting(BACKEND + "password", password));
            // The version is configured, not asked: the platform starts, and writes, while the cluster is down.
            builder.applySetting(BACKEND + "version", settings.version());
            builder.applySetting(BACKEND + "version_check.enabled", false);
            builder.applySetting(BACKEND + "analysis.configurer", new ElasticsearchVietnameseAnalysis());
            builder.applySetting(BACKEND + "connection_timeout", 2_000);
            builder.applySetting(BACKEND + "read_timeout", (int) settings.queryTimeout().toMillis());
            // Created in the background once the cluster answers (SearchIndexMaintenance), not at boot.
            builder.applySetting("hibernate.search.schema_management.strategy", "none");
        }
    }
}
