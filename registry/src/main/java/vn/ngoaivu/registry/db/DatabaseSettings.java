package vn.ngoaivu.registry.db;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the platform reaches its PostgreSQL database.
 *
 * @param jdbcUrl          an external server's JDBC URL; empty means "start the embedded server"
 * @param user             database user (external server only)
 * @param password         database password (external server only; comes from the environment)
 * @param embeddedDataDir  where the embedded server keeps its files
 * @param embeddedPort     port of the embedded server on 127.0.0.1 (0 picks a free one)
 * @param poolSize         maximum connections in the pool
 * @param connectTimeout   how long a caller waits for a connection before failing
 */
public record DatabaseSettings(
        Optional<String> jdbcUrl,
        String user,
        String password,
        Path embeddedDataDir,
        int embeddedPort,
        int poolSize,
        Duration connectTimeout) {

    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl);
        Objects.requireNonNull(embeddedDataDir);
        Objects.requireNonNull(connectTimeout);
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    public boolean embedded() {
        return jdbcUrl.isEmpty();
    }

    /** Settings for an embedded server in {@code dataDir} on a free port, as tests use them. */
    public static DatabaseSettings embeddedAt(Path dataDir) {
        return new DatabaseSettings(Optional.empty(), "", "", dataDir, 0, 8, Duration.ofSeconds(5));
    }
}
