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
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToIntFunction;

/** The database as seen by operators: a readiness check and the connection pool's gauges. */
public final class DatabaseObservers {

    private static final Duration PING_TIMEOUT = Duration.ofSeconds(2);
    private static final long CACHE_NANOS = 1_000_000_000L;

    private record Ping(long at, boolean up) {
    }

    private DatabaseObservers() {
    }

    /**
     * Ready only when the database answers: a load balancer then sends no traffic to a replica that cannot
     * serve it. The answer is reused for a second, so that probes (which are not rate-limited) cannot
     * drain the connection pool.
     */
    public static HealthCheck readiness(Database database) {
        AtomicReference<Ping> last = new AtomicReference<>(new Ping(System.nanoTime() - CACHE_NANOS, false));
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
                long now = System.nanoTime();
                Ping ping = last.get();
                if (now - ping.at() >= CACHE_NANOS) {
                    ping = new Ping(now, database.isReachable(PING_TIMEOUT));
                    last.set(ping);
                }
                boolean up = ping.up();
                return HealthCheckResponse.builder()
                        .status(up)
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
