package vn.ngoaivu.gateway;

import vn.ngoaivu.registry.db.DatabaseSettings;
import vn.ngoaivu.registry.db.EmbeddedPostgresServer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The configuration the benchmark servers share: a platform on a PostgreSQL they started, quotas lifted. */
final class BenchSettings {

    private BenchSettings() {
    }

    /** A benchmark's body, run by {@link #runAndExit}. */
    interface Bench {
        void measure(String[] args) throws Exception;
    }

    /**
     * Runs a benchmark main and ends the JVM: 0 when it finished, 1 (with the stack trace) when it failed — the
     * platform's non-daemon threads would otherwise keep a finished benchmark alive.
     */
    static void runAndExit(String[] args, Bench bench) {
        try {
            bench.measure(args);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    /**
     * Settings for a platform accepting the test identities' tokens, with its files under {@code dataDir}
     * and, when {@code postgres} is given, that server as its database. Quotas are lifted so that they do not
     * cap what is measured. Callers may add to the map.
     */
    static Map<String, String> platform(TestIdentities identities, Path dataDir, Optional<EmbeddedPostgresServer> postgres) {
        Map<String, String> overrides = new HashMap<>(identities.config());
        overrides.put("platform.data-dir", dataDir.toString());
        postgres.ifPresent(server -> {
            overrides.put("platform.database.url", server.jdbcUrl());
            overrides.put("platform.database.user", server.user());
            overrides.put("platform.database.password", server.password());
        });
        overrides.put("platform.rate-limit.staff.per-minute", "10000000");
        overrides.put("platform.rate-limit.staff.burst", "10000000");
        overrides.put("platform.rate-limit.max-concurrent", "100000");
        return overrides;
    }

    /** A registry connection of the benchmark's own (to load data), beside the platform's. */
    static DatabaseSettings database(EmbeddedPostgresServer postgres, Path dataDir) {
        return new DatabaseSettings(Optional.of(postgres.jdbcUrl()), postgres.user(), postgres.password(), dataDir, 0, 4,
                Duration.ofSeconds(5));
    }
}
