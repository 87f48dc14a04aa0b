package vn.ngoaivu.gateway.observe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.ngoaivu.gateway.TestPlatform;
import vn.ngoaivu.registry.db.Database;
import vn.ngoaivu.registry.db.DatabaseSettings;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(TestPlatform.Extension.class)
class ObservabilityIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readinessIncludesTheDatabase(TestPlatform platform) throws IOException {
        HttpResponse<String> ready = platform.get("/observe/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        JsonNode body = JSON.readTree(ready.body());
        assertEquals("UP", body.path("status").asText());
        assertEquals("database", body.path("checks").path(0).path("name").asText());
        assertEquals(200, platform.get("/observe/health/live").statusCode());
        assertEquals(200, platform.get("/observe/health").statusCode());
    }

    @Test
    void readinessIsDownWhenTheDatabaseIsGone(@TempDir Path dataDir) {
        Database database = Database.open(DatabaseSettings.embeddedAt(dataDir));
        database.close();
        assertEquals(io.helidon.health.HealthCheckResponse.Status.DOWN,
                DatabaseObservers.readiness(database).call().status());
    }

    @Test
    void prometheusMetricsPerRouteJvmAndPool(TestPlatform platform) {
        platform.get("/api/v1");
        platform.get("/no-such-route");
        platform.get("/observe/metrics");
        platform.send(platform.request("/no-such-route").method("BREW", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        HttpResponse<String> metrics = platform.get("/observe/metrics", vn.ngoaivu.gateway.TestIdentities.Identity.ADMIN);
        assertEquals(200, metrics.statusCode());
        String text = metrics.body();
        assertTrue(text.contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/v1\""), "per-route series");
        assertTrue(text.contains("route=\"UNMATCHED\",scope=\"application\",status=\"404\""),
                () -> "unmatched routes share one series: " + text.lines().filter(l -> l.contains("404")).toList());
        assertTrue(text.contains("db_pool_connections_active{pool=\"registry\""), "pool gauges");
        assertTrue(text.contains("status=\"401\""), "refusals by filters are counted with their status");
        assertTrue(text.contains("method=\"OTHER\""), "unknown methods share one series");
        assertTrue(!text.contains("BREW"), "a client cannot mint series");
        assertTrue(text.contains("jvm_") || text.contains("memory_"), "JVM metrics");
        assertTrue(text.contains("# TYPE"), "Prometheus text format");
    }
}
