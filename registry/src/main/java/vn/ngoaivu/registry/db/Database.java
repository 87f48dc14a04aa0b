package vn.ngoaivu.registry.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The registry's PostgreSQL database: a connection pool, the schema migrated by Flyway on open, and,
 * in the embedded default, the PostgreSQL server itself. Closing stops them in reverse order.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    private final Optional<EmbeddedPostgresServer> embeddedServer;
    private final HikariDataSource pool;

    private Database(Optional<EmbeddedPostgresServer> embeddedServer, HikariDataSource pool) {
        this.embeddedServer = embeddedServer;
        this.pool = pool;
    }

    /** Starts the embedded server when no external URL is configured, connects, and migrates the schema. */
    public static Database open(DatabaseSettings settings) {
        Optional<EmbeddedPostgresServer> server = settings.embedded()
                ? Optional.of(EmbeddedPostgresServer.start(settings.embeddedDataDir(), settings.embeddedPort()))
                : Optional.empty();
        try {
            HikariDataSource pool = createPool(settings, server);
            try {
                migrate(pool);
                return new Database(server, pool);
            } catch (RuntimeException e) {
                pool.close();
                throw e;
            }
        } catch (RuntimeException e) {
            server.ifPresent(EmbeddedPostgresServer::close);
            throw e;
        }
    }

    private static HikariDataSource createPool(DatabaseSettings settings, Optional<EmbeddedPostgresServer> server) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("registry");
        config.setJdbcUrl(server.map(EmbeddedPostgresServer::jdbcUrl).orElseGet(() -> settings.jdbcUrl().orElseThrow()));
        config.setUsername(server.map(EmbeddedPostgresServer::user).orElse(settings.user()));
        config.setPassword(server.map(EmbeddedPostgresServer::password).orElse(settings.password()));
        config.setMaximumPoolSize(settings.poolSize());
        config.setConnectionTimeout(settings.connectTimeout().toMillis());
        // The pool itself starts without a database; the migration that follows then fails with the real
        // cause. Once running, a database that goes away is reported by readiness, and the pool reconnects.
        config.setInitializationFailTimeout(-1);
        config.addDataSourceProperty("ApplicationName", "ngoaivu-platform");
        return new HikariDataSource(config);
    }

    private static void migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "database schema at version " + flyway.info().current().getVersion()
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    public DataSource dataSource() {
        return pool;
    }

    /** True when a connection answers a trivial query within {@code timeout}. */
    public boolean isReachable(Duration timeout) {
        try (Connection connection = pool.getConnection()) {
            return connection.isValid((int) Math.max(1, timeout.toSeconds()));
        } catch (SQLException e) {
            return false;
        }
    }

    /** Live counters of the connection pool, for metrics. */
    public HikariPoolMXBean poolStatistics() {
        return pool.getHikariPoolMXBean();
    }

    public int maximumPoolSize() {
        return pool.getMaximumPoolSize();
    }

    @Override
    public void close() {
        pool.close();
        embeddedServer.ifPresent(EmbeddedPostgresServer::close);
    }
}
