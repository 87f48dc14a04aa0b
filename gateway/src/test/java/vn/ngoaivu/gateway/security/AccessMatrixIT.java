package vn.ngoaivu.gateway.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.ngoaivu.gateway.Platform;
import vn.ngoaivu.gateway.TestIdentities.Identity;
import vn.ngoaivu.gateway.TestPlatform;
import vn.ngoaivu.gateway.http.Endpoint;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every route, called as every kind of caller, answers with the status this table expects. The table is
 * written by hand, independently of the rules in the code; a route without a row fails the test, so the
 * table grows with every new route.
 */
@ExtendWith(TestPlatform.Extension.class)
class AccessMatrixIT {

    private static final Set<Identity> EVERYONE = EnumSet.allOf(Identity.class);

    /** Route → the call to make → who is let in, and what those let in get (no body is sent). */
    private record Row(String method, String path, Set<Identity> allowed, int allowedStatus) {
        Row(String path, Set<Identity> allowed) {
            this("GET", path, allowed, 200);
        }
    }

    private static final Map<String, Row> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("GET /api/v1", new Row("/api/v1", EVERYONE));
        EXPECTED.put("GET /openapi", new Row("/openapi", EVERYONE));
        EXPECTED.put("GET /api/v1/me", new Row("/api/v1/me", EnumSet.complementOf(EnumSet.of(Identity.ANONYMOUS))));
        EXPECTED.put("GET /api/v1/admin/personal-data-access", new Row("/api/v1/admin/personal-data-access", EnumSet.of(Identity.ADMIN)));
        // Experts: a random id answers 404 to those let in, so the rule is what decides 401/403 vs 404.
        Set<Identity> staff = EnumSet.of(Identity.OFFICER_UNIT_A, Identity.OFFICER_UNIT_B, Identity.LEADER, Identity.ADMIN);
        Set<Identity> staffAndPartner = EnumSet.of(Identity.OFFICER_UNIT_A, Identity.OFFICER_UNIT_B, Identity.LEADER,
                Identity.ADMIN, Identity.PARTNER_WITH_SCOPE);
        Set<Identity> editors = EnumSet.of(Identity.OFFICER_UNIT_A, Identity.OFFICER_UNIT_B, Identity.ADMIN);
        String someone = "/api/v1/experts/00000000-0000-0000-0000-000000000001";
        EXPECTED.put("GET /api/v1/experts", new Row("GET", "/api/v1/experts", staffAndPartner, 200));
        EXPECTED.put("POST /api/v1/experts", new Row("POST", "/api/v1/experts", editors, 422));
        EXPECTED.put("GET /api/v1/experts/{id}", new Row("GET", someone, staffAndPartner, 404));
        EXPECTED.put("PUT /api/v1/experts/{id}", new Row("PUT", someone, editors, 428));
        EXPECTED.put("PATCH /api/v1/experts/{id}", new Row("PATCH", someone, editors, 428));
        EXPECTED.put("DELETE /api/v1/experts/{id}", new Row("DELETE", someone, editors, 428));
        EXPECTED.put("POST /api/v1/experts/{id}/restore", new Row("POST", someone + "/restore", editors, 428));
        EXPECTED.put("GET /api/v1/experts/{id}/history", new Row("GET", someone + "/history", staff, 404));
        EXPECTED.put("GET /api/v1/experts/search", new Row("GET", "/api/v1/experts/search?q=nguyen", staffAndPartner, 200));
        EXPECTED.put("GET /api/v1/experts/suggest", new Row("GET", "/api/v1/experts/suggest?q=ng", staffAndPartner, 200));
        EXPECTED.put("GET /api/v1/admin/search", new Row("/api/v1/admin/search", EnumSet.of(Identity.ADMIN)));
        EXPECTED.put("POST /api/v1/admin/search/rebuild", new Row("POST", "/api/v1/admin/search/rebuild",
                EnumSet.of(Identity.ADMIN), 202));
        EXPECTED.put("GET /api/v1/experts/duplicates", new Row("GET", "/api/v1/experts/duplicates", staff, 200));
        EXPECTED.put("POST /api/v1/experts/{id}/merge", new Row("POST", someone + "/merge", editors, 428));
        EXPECTED.put("POST /api/v1/experts/{id}/merges/{mergeId}/undo", new Row("POST", someone + "/merges/1/undo", editors, 404));
        EXPECTED.put("GET /api/v1/experts/import-template", new Row("GET", "/api/v1/experts/import-template?format=csv", staff, 200));
        EXPECTED.put("POST /api/v1/experts/import", new Row("POST", "/api/v1/experts/import", editors, 415));
        EXPECTED.put("GET /api/v1/experts/export", new Row("GET", "/api/v1/experts/export?format=csv", staff, 200));
        EXPECTED.put("GET /api/v1/records/import-template", new Row("GET",
                "/api/v1/records/import-template?kind=conference-permit&format=csv", staff, 200));
        EXPECTED.put("POST /api/v1/records/import", new Row("POST", "/api/v1/records/import?kind=conference-permit", editors, 415));
        EXPECTED.put("GET /api/v1/experts/{id}/subject-data", new Row("GET", someone + "/subject-data", editors, 404));
        EXPECTED.put("POST /api/v1/experts/{id}/erase", new Row("POST", someone + "/erase", EnumSet.of(Identity.ADMIN), 404));
        EXPECTED.put("GET /api/v1/experts/{id}/consents", new Row("GET", someone + "/consents", staff, 404));
        EXPECTED.put("POST /api/v1/experts/{id}/consents", new Row("POST", someone + "/consents", editors, 422));
        // Records and the documents they cite: same rules as experts; partners need records:read.
        String record = "/api/v1/records/00000000-0000-0000-0000-000000000001";
        String document = "/api/v1/documents/00000000-0000-0000-0000-000000000001";
        EXPECTED.put("GET /api/v1/records", new Row("GET", "/api/v1/records", staffAndPartner, 200));
        EXPECTED.put("GET /api/v1/records/kinds", new Row("GET", "/api/v1/records/kinds", staffAndPartner, 200));
        EXPECTED.put("GET /api/v1/records/search", new Row("GET", "/api/v1/records/search?q=hoi+thao", staffAndPartner, 200));
        EXPECTED.put("POST /api/v1/records", new Row("POST", "/api/v1/records", editors, 422));
        EXPECTED.put("GET /api/v1/records/{id}", new Row("GET", record, staffAndPartner, 404));
        EXPECTED.put("PUT /api/v1/records/{id}", new Row("PUT", record, editors, 428));
        EXPECTED.put("PATCH /api/v1/records/{id}", new Row("PATCH", record, editors, 428));
        EXPECTED.put("DELETE /api/v1/records/{id}", new Row("DELETE", record, editors, 428));
        EXPECTED.put("POST /api/v1/records/{id}/restore", new Row("POST", record + "/restore", editors, 428));
        EXPECTED.put("POST /api/v1/records/{id}/transitions", new Row("POST", record + "/transitions", editors, 428));
        EXPECTED.put("GET /api/v1/records/{id}/history", new Row("GET", record + "/history", staff, 404));
        EXPECTED.put("GET /api/v1/documents", new Row("GET",
                "/api/v1/documents?agencyCode=000.00.32.H40&numberSymbol=1/KH-SNgV&year=2020", staffAndPartner, 200));
        EXPECTED.put("GET /api/v1/documents/{id}", new Row("GET", document, staffAndPartner, 404));
        EXPECTED.put("POST /api/v1/documents/{id}/signature-check", new Row("POST", document + "/signature-check", editors, 404));
        // The portal's callbacks are authenticated by their HMAC signature, not a token: unsigned calls get 401.
        EXPECTED.put("POST /api/v1/integrations/portal/dossier-events",
                new Row("POST", "/api/v1/integrations/portal/dossier-events", EVERYONE, 401));
        // Open data: everything open but publication (leaders, administrators). An unknown dataset answers 404.
        String nowhere = "/api/v1/opendata/datasets/no-such-dataset";
        EXPECTED.put("GET /api/v1/opendata/datasets", new Row("/api/v1/opendata/datasets", EVERYONE));
        EXPECTED.put("GET /api/v1/opendata/datasets/{id}", new Row("GET", nowhere, EVERYONE, 404));
        EXPECTED.put("GET /api/v1/opendata/datasets/{id}/releases", new Row("GET", nowhere + "/releases", EVERYONE, 404));
        EXPECTED.put("GET /api/v1/opendata/datasets/{id}/records", new Row("GET", nowhere + "/records", EVERYONE, 404));
        EXPECTED.put("POST /api/v1/opendata/datasets/{id}/releases", new Row("POST", nowhere + "/releases",
                EnumSet.of(Identity.LEADER, Identity.ADMIN), 404));
        EXPECTED.put("GET /data/{dataset}/{release}/{file}", new Row("GET", "/data/no-such-dataset/1/data.csv", EVERYONE, 404));
        EXPECTED.put("GET /catalog", new Row("/catalog", EVERYONE));
        for (String path : List.of("/{a}", "/{a}/{b}", "/{a}/{b}/{c}")) {
            String example = path.replace("{a}", "x").replace("{b}", "y").replace("{c}", "z");
            EXPECTED.put("GET /id" + path, new Row("GET", "/id" + example, EVERYONE, 303));
            EXPECTED.put("GET /doc" + path, new Row("GET", "/doc" + example, EVERYONE, 404));
        }
        EXPECTED.put("GET /api/3/action/package_list", new Row("/api/3/action/package_list", EVERYONE));
        EXPECTED.put("GET /api/3/action/package_show", new Row("GET", "/api/3/action/package_show?id=x", EVERYONE, 404));
        EXPECTED.put("GET /api/3/action/package_search", new Row("/api/3/action/package_search?q=ngoai", EVERYONE));
        EXPECTED.put("GET /api/3/action/organization_list", new Row("/api/3/action/organization_list", EVERYONE));
        EXPECTED.put("GET /def/ngv", new Row("/def/ngv", EVERYONE));
        EXPECTED.put("GET /def/shapes", new Row("/def/shapes", EVERYONE));
        EXPECTED.put("GET /def/scheme/{scheme}", new Row("/def/scheme/ford", EVERYONE));
        EXPECTED.put("GET /def/scheme/{scheme}/{notation}", new Row("/def/scheme/ford/1.1", EVERYONE));
        // Open data: the page (no query) answers 200; a POST with a JSON body is not a SPARQL request (415).
        EXPECTED.put("GET /sparql", new Row("/sparql", EVERYONE));
        EXPECTED.put("POST /sparql", new Row("POST", "/sparql", EVERYONE, 415));
        EXPECTED.put("GET /observe/health", new Row("/observe/health", EVERYONE));
        EXPECTED.put("GET /observe/health/live", new Row("/observe/health/live", EVERYONE));
        EXPECTED.put("GET /observe/health/ready", new Row("/observe/health/ready", EVERYONE));
        EXPECTED.put("GET /observe/metrics", new Row("/observe/metrics", EnumSet.of(Identity.ADMIN)));
        EXPECTED.put("GET " + Platform.SWAGGER_UI_PATH, new Row(Platform.SWAGGER_UI_PATH + "/", EVERYONE));
    }

    @Test
    void everyRouteHasARowInTheMatrix(TestPlatform platform) {
        Set<String> routes = new TreeSet<>();
        for (Endpoint endpoint : platform.platform().routes().endpoints()) {
            if (!endpoint.path().startsWith("/__test")) {
                routes.add(endpoint.method().text() + " " + endpoint.path());
            }
        }
        Platform.OBSERVE_PATHS.forEach(path -> routes.add("GET " + path));
        routes.add("GET " + Platform.SWAGGER_UI_PATH);
        routes.removeAll(EXPECTED.keySet());
        assertTrue(routes.isEmpty(), "routes without a row in the access matrix: " + routes);
    }

    @Test
    void everyRouteAnswersEveryCallerAsExpected(TestPlatform platform) {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Row> entry : EXPECTED.entrySet()) {
            Row row = entry.getValue();
            for (Identity identity : Identity.values()) {
                int expected = row.allowed().contains(identity) ? row.allowedStatus() : identity == Identity.ANONYMOUS ? 401 : 403;
                HttpResponse<String> response = call(platform, row, identity);
                if (response.statusCode() != expected) {
                    wrong.add(entry.getKey() + " as " + identity + ": " + response.statusCode() + ", expected " + expected);
                }
                if (expected == 401 && !row.allowed().contains(identity)) {
                    assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private static HttpResponse<String> call(TestPlatform platform, Row row, Identity identity) {
        java.net.http.HttpRequest.Builder request = platform.request(row.path())
                .header("Content-Type", row.method().equals("PATCH") ? "application/merge-patch+json" : "application/json")
                .header("X-Purpose", "600/KH-SNgV")
                .method(row.method(), row.method().equals("GET") || row.method().equals("DELETE")
                        ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString("{}"));
        String token = platform.identities().token(identity);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return platform.send(request.build());
    }

    @Test
    void anInvalidTokenIsRefusedEvenOnOpenRoutes(TestPlatform platform) {
        String forged = platform.identities().token(Identity.ADMIN).replaceAll(".$", "A").replaceAll("\\.[^.]+\\.", ".e30.");
        HttpResponse<String> response = platform.send(platform.request("/api/v1").header("Authorization", "Bearer " + forged).GET().build());
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_token"));
        HttpResponse<String> basic = platform.send(platform.request("/api/v1").header("Authorization", "Basic YTpi").GET().build());
        assertEquals(401, basic.statusCode());
    }

    @Test
    void partnerQuotaGives429WithRetryAfterAndRateLimitHeaders(TestPlatform platform) {
        String token = platform.identities().partner(TestPlatform.TINY_QUOTA_CLIENT, "experts:read");
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answers.add(platform.send(platform.request("/api/v1").header("Authorization", "Bearer " + token).GET().build()));
        }
        assertEquals(200, answers.get(0).statusCode());
        assertEquals("2", answers.get(0).headers().firstValue("RateLimit-Limit").orElse(""));
        assertEquals("1", answers.get(0).headers().firstValue("RateLimit-Remaining").orElse(""));
        assertEquals(200, answers.get(1).statusCode());
        HttpResponse<String> limited = answers.get(2);
        assertEquals(429, limited.statusCode());
        assertEquals("application/problem+json", limited.headers().firstValue("Content-Type").orElse(""));
        long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElse("0"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals("0", limited.headers().firstValue("RateLimit-Remaining").orElse(""));
        assertTrue(limited.headers().firstValue("RateLimit-Policy").isPresent());
        // Another client is not affected by this one's quota.
        assertEquals(200, platform.get("/api/v1", Identity.PARTNER_WITH_SCOPE).statusCode());
    }

    @Test
    void securityHeadersAndCors(TestPlatform platform) {
        HttpResponse<String> response = platform.get("/api/v1");
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""));
        assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        HttpResponse<String> preflight = platform.send(platform.request("/api/v1")
                .header("Origin", "https://example.org")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "Authorization")
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, preflight.statusCode(), preflight.body());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isPresent());
        HttpResponse<String> simple = platform.send(platform.request("/api/v1").header("Origin", "https://example.org").GET().build());
        assertTrue(simple.headers().firstValue("Access-Control-Allow-Origin").isPresent());
    }
}
