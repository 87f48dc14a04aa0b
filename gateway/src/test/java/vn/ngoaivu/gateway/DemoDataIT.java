package vn.ngoaivu.gateway;

import io.helidon.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ngoaivu.gateway.config.PlatformSettings;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Demo mode fills an empty registry with fictional experts, in the background. */
class DemoDataIT {

    @Test
    void demoModeLoadsFictionalExperts(@TempDir Path dataDir) throws Exception {
        try (TestIdentities identities = new TestIdentities()) {
            Map<String, String> overrides = new HashMap<>(identities.config());
            overrides.put("platform.data-dir", dataDir.toString());
            overrides.put("platform.demo.experts", "25");
            Config config = TestPlatform.config(overrides);
            Platform platform = Platform.start(config, PlatformSettings.from(config));
            try {
                HttpClient client = HttpClient.newHttpClient();
                String body = "";
                for (int attempt = 0; attempt < 120 && !body.contains("\"next\""); attempt++) {
                    Thread.sleep(250);
                    body = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + platform.port()
                                            + "/api/v1/experts?limit=24"))
                                    .header("Authorization", "Bearer " + identities.token(TestIdentities.Identity.LEADER)).build(),
                            HttpResponse.BodyHandlers.ofString()).body();
                }
                assertTrue(body.contains("\"next\""), "more than 24 experts after loading 25: " + body.length());
                assertTrue(body.contains("Dữ liệu giả lập"), "marked as fictional");
            } finally {
                platform.close();
            }
        }
    }
}
