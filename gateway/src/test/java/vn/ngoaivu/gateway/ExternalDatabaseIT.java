package vn.ngoaivu.gateway;

import io.helidon.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ngoaivu.gateway.config.PlatformSettings;
import vn.ngoaivu.registry.db.EmbeddedPostgresServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The production shape: the platform reaches a PostgreSQL server it did not start, by configuration alone. */
class ExternalDatabaseIT {

    @Test
    void platformRunsOnAnExternalPostgresByConfigurationAlone(@TempDir Path serverDir, @TempDir Path platformDir) throws Exception {
        try (EmbeddedPostgresServer external = EmbeddedPostgresServer.start(serverDir, 0)) {
            Config config = TestPlatform.config(Map.of(
                    "platform.database.url", external.jdbcUrl(),
                    "platform.database.user", external.user(),
                    "platform.database.password", external.password(),
                    "platform.data-dir", platformDir.toString()));
            PlatformSettings settings = PlatformSettings.from(config);
            assertFalse(settings.database().embedded());
            Platform platform = Platform.start(config, settings);
            try {
                HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + platform.port() + "/observe/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, ready.statusCode(), ready.body());
            } finally {
                platform.close();
            }
            assertFalse(Files.exists(platformDir.resolve("pg")), "no embedded server was started");
            assertTrue(Files.exists(serverDir.resolve("pg/postmaster.pid")), "the external server outlives the platform");
        }
    }
}
