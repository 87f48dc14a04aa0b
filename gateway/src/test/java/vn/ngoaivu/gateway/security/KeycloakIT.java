package vn.ngoaivu.gateway.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.config.Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ngoaivu.gateway.Platform;
import vn.ngoaivu.gateway.TestPlatform;
import vn.ngoaivu.gateway.config.PlatformSettings;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real thing: a Keycloak 26 distribution from Maven Central started by deploy/keycloak/start.sh with
 * the ngoaivu realm, real tokens (client credentials for the partners, password grant for the demo
 * users), and a platform that trusts that issuer. Keycloak is stopped at the end, after checking that
 * tokens still validate from the cached keys while it is down.
 */
class KeycloakIT {

    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static Map<String, String> keycloakEnv;
    private static String issuer;
    private static Platform platform;

    @BeforeAll
    static void startKeycloakAndPlatform() throws Exception {
        Path dataDir = Files.createDirectories(Path.of("target/keycloak-it").toAbsolutePath());
        int port = freePort();
        keycloakEnv = Map.of(
                "NGOAIVU_DATA_DIR", dataDir.toString(),
                "KEYCLOAK_PORT", Integer.toString(port),
                "KEYCLOAK_MANAGEMENT_PORT", Integer.toString(freePort()),
                "KEYCLOAK_START_TIMEOUT", "240");
        issuer = run("deploy/keycloak/start.sh", "--reset").strip();
        assertEquals("http://127.0.0.1:" + port + "/realms/ngoaivu", issuer);

        Map<String, String> overrides = new HashMap<>(Map.of(
                "platform.security.issuer", issuer,
                "platform.data-dir", Files.createTempDirectory(Path.of("target"), "keycloak-it-data-").toString()));
        Config config = TestPlatform.config(overrides);
        platform = Platform.start(config, PlatformSettings.from(config));
    }

    @AfterAll
    static void stopAll() throws Exception {
        if (platform != null) {
            platform.close();
        }
        if (keycloakEnv != null) {
            run("deploy/keycloak/stop.sh");
        }
    }

    private static String run(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(PROJECT.resolve(script).toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(PROJECT.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putAll(keycloakEnv);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), script + " did not finish");
        assertEquals(0, process.exitValue(), script + " failed: " + out);
        return out;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String token(Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    private static String clientCredentials(String client, String secret) throws Exception {
        return token(Map.of("grant_type", "client_credentials", "client_id", client, "client_secret", secret));
    }

    private static String password(String username, String password) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", "ngoaivu-console");
        form.put("username", username);
        form.put("password", password);
        form.put("scope", "openid");
        return token(form);
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + platform.port() + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void realTokensAreVerifiedAndMappedToCallers() throws Exception {
        String partner = clientCredentials("demo-partner", "demo-partner-secret-local-only");
        JsonNode me = JSON.readTree(get("/api/v1/me", partner).body());
        assertEquals("demo-partner", me.path("clientId").asText());
        assertEquals("[\"partner\"]", me.path("roles").toString());
        assertTrue(me.path("scopes").toString().contains("experts:read"), me.toString());
        assertTrue(me.path("username").isNull(), "a service account is not a person");

        String noScope = clientCredentials("demo-partner-noscope", "demo-partner-noscope-secret-local-only");
        assertEquals("[]", JSON.readTree(get("/api/v1/me", noScope).body()).path("scopes").toString());

        String officer = password("can.bo.htqt", "DemoHTQT-2026!");
        JsonNode officerMe = JSON.readTree(get("/api/v1/me", officer).body());
        assertEquals("can.bo.htqt", officerMe.path("username").asText());
        assertEquals("HTQT", officerMe.path("unit").asText());
        assertEquals("[\"officer\"]", officerMe.path("roles").toString());

        String consular = password("can.bo.lanhsu", "DemoLSNV-2026!");
        assertEquals("LSNVNONN", JSON.readTree(get("/api/v1/me", consular).body()).path("unit").asText());
        String leader = password("lanh.dao", "DemoLanhDao-2026!");
        assertEquals("[\"leader\"]", JSON.readTree(get("/api/v1/me", leader).body()).path("roles").toString());
        String admin = password("quan.tri", "DemoQuanTri-2026!");

        assertEquals(200, get("/observe/metrics", admin).statusCode());
        assertEquals(403, get("/observe/metrics", officer).statusCode());
        assertEquals(200, get("/api/v1/admin/personal-data-access", admin).statusCode());
        assertEquals(403, get("/api/v1/admin/personal-data-access", partner).statusCode());
        assertEquals(403, get("/api/v1/admin/personal-data-access", leader).statusCode());
        assertEquals(401, get("/api/v1/me", officer.substring(0, officer.length() - 4) + "AAAA").statusCode());

        // Keycloak down: keys fetched before keep validating tokens.
        run("deploy/keycloak/stop.sh");
        assertEquals(200, get("/api/v1/me", partner).statusCode());
        assertEquals(200, get("/api/v1/me", officer).statusCode());
    }
}
