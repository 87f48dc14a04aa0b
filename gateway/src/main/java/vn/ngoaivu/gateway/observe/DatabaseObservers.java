package vn.ngoaivu.gateway.observe;

import com.zaxxer.hikari.HikariPoolMXBean;
import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import io.helidon.metrics.api.Gauge;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Tag;
import vn.ngoaivu.registry.db.Database;

import java.time.Duration;
import java.util.List;
import java.util.function.ToIntFunction;

/** The database as seen by operators: a readiness check and the connection pool's gauges. */
public final class DatabaseObservers {

    private static final Duration PING_TIMEOUT = Duration.ofSeconds(2);

    private DatabaseObservers() {
    }

    /** Ready only when the database answers: a load balancer then sends no traffic to a replica that cannot serve it. */
    public static HealthCheck readiness(Database database) {
        return new HealthCheck() {
            @Override
            public HealthCheckType type() {
                return HealthCheckType.READINESS;
            }

            @Override
            public String name() {
                return "database";
            }

            @Override
            public HealthCheckResponse call() {
                return HealthCheckResponse.builder()
                        .status(database.isReachable(PING_TIMEOUT))
                        .detail("pool.max", database.maximumPoolSize())
                        .build();
            }
        };
    }

    public static void registerPoolGauges(MeterRegistry registry, Database database) {
        HikariPoolMXBean pool = database.poolStatistics();
        gauge(registry, "db.pool.connections.active", "connections in use", pool, HikariPoolMXBean::getActiveConnections);
        gauge(registry, "db.pool.connections.idle", "idle connections", pool, HikariPoolMXBean::getIdleConnections);
        gauge(registry, "db.pool.connections.total", "open connections", pool, HikariPoolMXBean::getTotalConnections);
        gauge(registry, "db.pool.connections.pending", "threads waiting for a connection", pool,
                HikariPoolMXBean::getThreadsAwaitingConnection);
        registry.getOrCreate(Gauge.builder("db.pool.connections.max", database::maximumPoolSize)
                .description("maximum pool size").tags(List.of(Tag.create("pool", "registry"))));
    }

    private static void gauge(MeterRegistry registry, String name, String description, HikariPoolMXBean pool,
                              ToIntFunction<HikariPoolMXBean> value) {
        registry.getOrCreate(Gauge.builder(name, () -> value.applyAsInt(pool))
                .description(description)
                .tags(List.of(Tag.create("pool", "registry"))));
    }
}
