package vn.ngoaivu.gateway.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.ngoaivu.gateway.Platform;
import vn.ngoaivu.gateway.TestIdentities;
import vn.ngoaivu.gateway.TestIdentities.Identity;
import vn.ngoaivu.gateway.TestPlatform;
import vn.ngoaivu.gateway.config.PlatformSettings;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Expert search through the gateway: the JSON shape, the audiences, the refusals, the admin status; and a
 * platform whose search engine is unreachable (503 for search, writes still accepted). The search behaviour
 * itself is covered on both backends by the registry's ExpertSearchContract.
 */
@ExtendWith(TestPlatform.Extension.class)
class ExpertSearchRoutesIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void staffAndPartnersSearchTheirOwnViews(TestPlatform platform) throws Exception {
        String marker = "Zeta" + UUID.randomUUID().toString().substring(0, 6);
        String body = ExpertsIT.profile("S-" + UUID.randomUUID()).replace("Nguyễn Thị Thu Hà", "Vũ Thị " + marker);
        HttpResponse<String> created = ExpertsIT.send(platform, "POST", "/api/v1/experts", Identity.OFFICER_UNIT_A, body, null);
        assertEquals(201, created.statusCode(), created.body());
        String id = JSON.readTree(created.body()).path("id").asText();

        JsonNode staff = awaitHits(platform, "/api/v1/experts/search?q=" + marker.toLowerCase() + "&country=JP,DE", Identity.LEADER, 1);
        JsonNode hit = staff.path("items").get(0);
        assertEquals(id, hit.path("id").asText());
        assertEquals("Vũ Thị " + marker, hit.path("fullName").asText());
        assertEquals("University of Tokyo", hit.path("organisation").asText());
        assertEquals("HTQT", hit.path("owningUnit").asText());
        assertTrue(hit.path("highlights").path("name").asText().contains("<mark>" + marker + "</mark>"), hit.toString());
        assertEquals(1, staff.path("facets").path("country").get(0).path("count").asInt());
        assertEquals("Nhật Bản", staff.path("facets").path("country").get(0).path("label").path("vi").asText());
        assertTrue(staff.has("facets") && staff.path("facets").has("status"));

        assertEquals(0, search(platform, "/api/v1/experts/search?q=" + marker, Identity.PARTNER_WITH_SCOPE).path("total").asInt(),
                "no consent yet: partners do not find the expert");
        String consent = "{\"purpose\": \"partner-sharing\", \"given\": true, \"method\": \"paper-form\", \"textVersion\": \"v1\"}";
        assertEquals(201, ExpertsIT.send(platform, "POST", "/api/v1/experts/" + id + "/consents", Identity.OFFICER_UNIT_A,
                consent, null).statusCode());
        JsonNode partner = awaitHits(platform, "/api/v1/experts/search?q=" + marker, Identity.PARTNER_WITH_SCOPE, 1);
        JsonNode shared = partner.path("items").get(0);
        assertEquals("Vũ Thị " + marker, shared.path("fullName").asText(), "the name is opened to partners");
        assertFalse(shared.has("organisation"), "the organisation is not: " + shared);
        assertFalse(shared.has("owningUnit"));
        assertFalse(partner.path("facets").has("status"));
        assertEquals(0, search(platform, "/api/v1/experts/search?q=" + marker + "+tokyo", Identity.PARTNER_WITH_SCOPE)
                .path("total").asInt(), "hidden fields cannot match");

        JsonNode suggestions = search(platform, "/api/v1/experts/suggest?q=vu+thi+" + marker.substring(0, 3).toLowerCase(),
                Identity.PARTNER_WITH_SCOPE);
        assertTrue(suggestions.path("items").toString().contains(id), suggestions.toString());
    }

    @Test
    void badParametersAnswer400WithEachProblem(TestPlatform platform) throws Exception {
        HttpResponse<String> quote = platform.get("/api/v1/experts/search?q=" + URLEncoder.encode("\"nguyen van",
                StandardCharsets.UTF_8), Identity.LEADER);
        assertEquals(400, quote.statusCode());
        assertTrue(quote.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("q", JSON.readTree(quote.body()).path("errors").get(0).path("pointer").asText(), quote.body());
        HttpResponse<String> many = platform.get("/api/v1/experts/search?country=XX&size=500&sort=best", Identity.LEADER);
        assertEquals(400, many.statusCode());
        assertEquals(2, JSON.readTree(many.body()).path("errors").size(), many.body());
        HttpResponse<String> longText = platform.get("/api/v1/experts/search?q=" + "a".repeat(300), Identity.LEADER);
        assertEquals(400, longText.statusCode());
        HttpResponse<String> status = get(platform, "/api/v1/experts/search?status=active", Identity.PARTNER_WITH_SCOPE);
        assertEquals(400, status.statusCode(), "partners cannot filter on staff-only facets");
        assertEquals("status", JSON.readTree(status.body()).path("errors").get(0).path("pointer").asText(), status.body());
        HttpResponse<String> noPurpose = platform.get("/api/v1/experts/search?q=nguyen", Identity.PARTNER_WITH_SCOPE);
        assertEquals(400, noPurpose.statusCode(), "partners name their legal basis before searching personal data");
        assertEquals("X-Purpose", JSON.readTree(noPurpose.body()).path("errors").get(0).path("pointer").asText());
        assertEquals(400, platform.get("/api/v1/experts/search?sort=name&cursor=garbage", Identity.LEADER).statusCode());
    }

    @Test
    void administratorsSeeTheIndexAndCanRebuildIt(TestPlatform platform) throws Exception {
        JsonNode status = JSON.readTree(platform.get("/api/v1/admin/search", Identity.ADMIN).body());
        assertEquals("lucene", status.path("backend").asText());
        assertTrue(status.path("engineReachable").asBoolean());
        assertTrue(platform.get("/observe/metrics", Identity.ADMIN).body().contains("search_outbox_pending"));

        String marker = "Rebuild" + UUID.randomUUID().toString().substring(0, 6);
        String body = ExpertsIT.profile("R-" + UUID.randomUUID()).replace("Nguyễn Thị Thu Hà", "Lò Văn " + marker);
        assertEquals(201, ExpertsIT.send(platform, "POST", "/api/v1/experts", Identity.OFFICER_UNIT_A, body, null).statusCode());
        awaitHits(platform, "/api/v1/experts/search?q=" + marker, Identity.LEADER, 1);
        // Another test (the access matrix) may have started one: then this one follows it.
        int started = ExpertsIT.send(platform, "POST", "/api/v1/admin/search/rebuild", Identity.ADMIN, null, null).statusCode();
        assertTrue(started == 202 || started == 409, "rebuild: " + started);
        JsonNode rebuild = null;
        for (int attempt = 0; attempt < 300; attempt++) {
            rebuild = JSON.readTree(platform.get("/api/v1/admin/search", Identity.ADMIN).body()).path("rebuild");
            if (!rebuild.path("running").asBoolean(true)) {
                break;
            }
            Thread.sleep(100);
        }
        assertFalse(rebuild.path("running").asBoolean(true), "the rebuild ends: " + rebuild);
        assertFalse(rebuild.has("failure"), rebuild.toString());
        assertTrue(rebuild.path("total").asLong() >= 1 && rebuild.path("indexed").asLong() == rebuild.path("total").asLong(),
                "every expert re-indexed: " + rebuild);
        awaitHits(platform, "/api/v1/experts/search?q=" + marker, Identity.LEADER, 1);
    }

    @Test
    void anUnreachableEngineAnswers503ForSearchButWritesSucceed(@TempDir Path dataDir) throws Exception {
        try (TestIdentities identities = new TestIdentities()) {
            Map<String, String> overrides = new HashMap<>(identities.config());
            overrides.put("platform.data-dir", dataDir.toString());
            overrides.put("platform.search.backend", "elasticsearch");
            overrides.put("platform.search.elasticsearch.hosts", "http://127.0.0.1:9");
            Config config = TestPlatform.config(overrides);
            Platform platform = Platform.start(config, PlatformSettings.from(config));
            try {
                HttpClient client = HttpClient.newHttpClient();
                URI base = URI.create("http://127.0.0.1:" + platform.port());
                HttpResponse<String> search = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/experts/search?q=nguyen"))
                        .header("Authorization", "Bearer " + identities.token(Identity.LEADER)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(503, search.statusCode(), search.body());
                assertEquals("5", search.headers().firstValue("Retry-After").orElse(""));
                assertTrue(search.body().contains("urn:ngoaivu:problem:service-unavailable"), search.body());
                HttpResponse<String> write = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/experts"))
                        .header("Authorization", "Bearer " + identities.token(Identity.OFFICER_UNIT_A))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(ExpertsIT.profile("D-" + UUID.randomUUID()))).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(201, write.statusCode(), write.body());
                JsonNode status = JSON.readTree(client.send(HttpRequest.newBuilder(base.resolve("/api/v1/admin/search"))
                        .header("Authorization", "Bearer " + identities.token(Identity.ADMIN)).build(),
                        HttpResponse.BodyHandlers.ofString()).body());
                assertFalse(status.path("engineReachable").asBoolean());
                assertTrue(status.path("pendingChanges").asLong() + status.path("abortedChanges").asLong() >= 1,
                        "the change waits in the outbox: " + status);
            } finally {
                platform.close();
            }
        }
    }

    /** A GET as {@code who}; partners name their legal basis, as they must for personal data. */
    private static HttpResponse<String> get(TestPlatform platform, String path, Identity who) {
        return platform.send(platform.request(path).header("Authorization", "Bearer " + platform.identities().token(who))
                .header("X-Purpose", "600/KH-SNgV").GET().build());
    }

    private static JsonNode search(TestPlatform platform, String path, Identity who) throws Exception {
        HttpResponse<String> response = get(platform, path, who);
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    /** Search follows writes within moments (the outbox is polled every 100 ms). */
    private static JsonNode awaitHits(TestPlatform platform, String path, Identity who, int expected) throws Exception {
        JsonNode result = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            result = search(platform, path, who);
            if (result.path("total").asInt() == expected) {
                return result;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("expected " + expected + " hit(s) from " + path + ", got " + result);
    }
}
