package vn.ngoaivu.registry.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A real PostgreSQL server run from the binaries on the class path, for the one-command local run and
 * for tests. Data lives in {@code dataDir/pg}; the unpacked binaries in {@code dataDir/pg-bin}.
 * The server is bound to 127.0.0.1 only, requires a password (other local users must not reach the
 * registry's personal data), and is stopped by {@link #close()}.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class.getName());
    private static final String DATABASE = "postgres";
    private static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
    }

    public static EmbeddedPostgresServer start(Path dataDir, int port) {
        Path pgData = dataDir.resolve("pg");
        Path binaries = dataDir.resolve("pg-bin");
        try {
            Files.createDirectories(pgData);
            Files.createDirectories(binaries);
            stopLeftoverPostmaster(pgData);
            String password = EmbeddedPostgresSecret.readOrCreate(dataDir.resolve("pg-password"));
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setConnectConfig("password", password)
                    .setDataDirectory(pgData)
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setCleanDataDirectory(false)
                    // We stop the server ourselves, in order, from the platform's shutdown.
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // The library starts PostgreSQL with -F and synchronous_commit=off, settings for throw-away
                    // test databases; this one holds the registry, so a committed write must survive a crash.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "100")
                    .setLocaleConfig("locale", "C.UTF-8");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            EmbeddedPostgresSecret.requirePassword(postgres, pgData, password);
            LOG.info(() -> "embedded PostgreSQL ready on 127.0.0.1:" + postgres.getPort() + ", data in " + pgData);
            return new EmbeddedPostgresServer(postgres, password);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + pgData, e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(SUPERUSER, DATABASE);
    }

    public String user() {
        return SUPERUSER;
    }

    /** The superuser's password, kept in {@code dataDir/pg-password} (owner-only) and required for every connection. */
    public String password() {
        return password;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warning("embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }

    /**
     * A platform killed without a chance to shut down (SIGKILL, power loss) leaves its postmaster running
     * on the data directory; a new start would then fail. Stop that process if it is still alive.
     */
    static void stopLeftoverPostmaster(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        Optional<Long> pid = readPid(pidFile);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid.get())
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (process.isEmpty()) {
            return;
        }
        LOG.warning("stopping a PostgreSQL left running on " + pgData + " (pid " + pid.get() + ")");
        process.get().destroy();
        try {
            process.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("a PostgreSQL (pid " + pid.get() + ") still runs on " + pgData + "; stop it first", e);
        }
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
