package vn.ngoaivu.gateway.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.ngoaivu.gateway.TestIdentities.Identity;
import vn.ngoaivu.gateway.TestPlatform;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The expert registry through the gateway, on the real embedded PostgreSQL. */
@ExtendWith(TestPlatform.Extension.class)
public class ExpertsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    static String profile(String externalKey) {
        return """
                {"externalKey": "%s", "fullName": "Nguyễn Thị Thu Hà", "latinName": "Thu Ha Nguyen",
                 "gender": "female", "birthYear": 1978, "hometown": "Phường Hạc Thành", "countryCode": "JP",
                 "city": "Tokyo", "organisation": "University of Tokyo", "position": "Associate Professor",
                 "academicTitle": "PGS", "highestDegree": "TS", "fields": ["2.2", "1.2"],
                 "keywords": ["robotics", "điều khiển"], "languages": ["vi", "ja", "en"],
                 "orcid": "0000-0002-1825-0097", "email": "ha.nguyen@example.edu",
                 "collaborationInterests": ["research-cooperation"],
                 "affiliations": [{"organisation": "University of Tokyo", "position": "Associate Professor", "fromYear": 2015}],
                 "education": [{"degree": "TS", "institution": "Kyoto University", "year": 2008}],
                 "notes": "Gặp tại hội nghị 2024",
                 "visibility": {"fullName": "partners", "countryCode": "partners", "fields": "public", "email": "internal"}}
                """.formatted(externalKey);
    }

    public static HttpResponse<String> send(TestPlatform platform, String method, String path, Identity who, String body, String ifMatch) {
        HttpRequest.Builder request = platform.request(path)
                .header("Authorization", "Bearer " + platform.identities().token(who))
                .header("Content-Type", method.equals("PATCH") ? "application/merge-patch+json" : "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return platform.send(request.build());
    }

    public static JsonNode create(TestPlatform platform, Identity who) throws Exception {
        HttpResponse<String> created = send(platform, "POST", "/api/v1/experts", who, profile("K-" + UUID.randomUUID()), null);
        assertEquals(201, created.statusCode(), created.body());
        return JSON.readTree(created.body());
    }

    @Test
    void createReadUpdateWithOptimisticConcurrency(TestPlatform platform) throws Exception {
        JsonNode created = create(platform, Identity.OFFICER_UNIT_A);
        String id = created.path("id").asText();
        assertEquals("HTQT", created.path("owningUnit").asText());
        assertEquals("Nguyễn Thị Thu Hà", created.path("profile").path("fullName").asText());
        assertEquals("Gặp tại hội nghị 2024", created.path("profile").path("notes").asText());

        HttpResponse<String> read = platform.get("/api/v1/experts/" + id, Identity.LEADER);
        assertEquals(200, read.statusCode());
        String etag = read.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> noIfMatch = send(platform, "PUT", "/api/v1/experts/" + id, Identity.OFFICER_UNIT_A, profile("x"), null);
        assertEquals(428, noIfMatch.statusCode());

        HttpResponse<String> patched = send(platform, "PATCH", "/api/v1/experts/" + id, Identity.OFFICER_UNIT_A,
                "{\"city\": \"Osaka\", \"notes\": null}", etag);
        assertEquals(200, patched.statusCode(), patched.body());
        assertEquals("Osaka", JSON.readTree(patched.body()).path("profile").path("city").asText());
        assertFalse(JSON.readTree(patched.body()).path("profile").has("notes"));

        HttpResponse<String> stale = send(platform, "PATCH", "/api/v1/experts/" + id, Identity.OFFICER_UNIT_A,
                "{\"city\": \"Kyoto\"}", etag);
        assertEquals(412, stale.statusCode(), "a second officer with the old ETag is refused");
        assertEquals("application/problem+json", stale.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void officersChangeOnlyTheirOwnUnitsRecords(TestPlatform platform) throws Exception {
        JsonNode created = create(platform, Identity.OFFICER_UNIT_A);
        String id = created.path("id").asText();
        String etag = "\"v" + created.path("version").asLong() + "\"";
        assertEquals(403, send(platform, "PATCH", "/api/v1/experts/" + id, Identity.OFFICER_UNIT_B, "{\"city\": \"Nara\"}", etag).statusCode());
        assertEquals(403, send(platform, "PATCH", "/api/v1/experts/" + id, Identity.LEADER, "{\"city\": \"Nara\"}", etag).statusCode());
        assertEquals(200, send(platform, "PATCH", "/api/v1/experts/" + id, Identity.ADMIN, "{\"city\": \"Nara\"}", etag).statusCode());
        assertEquals(200, platform.get("/api/v1/experts/" + id, Identity.OFFICER_UNIT_B).statusCode(), "officers read all units");
    }

    @Test
    void validationErrorsPointAtTheFields(TestPlatform platform) throws Exception {
        String bad = profile("K-" + UUID.randomUUID()).replace("\"JP\"", "\"XX\"").replace("0000-0002-1825-0097", "0000-0002-1825-0098")
                .replace("\"2.2\"", "\"9.9\"");
        HttpResponse<String> response = send(platform, "POST", "/api/v1/experts", Identity.OFFICER_UNIT_A, bad, null);
        assertEquals(422, response.statusCode(), response.body());
        String pointers = JSON.readTree(response.body()).path("errors").findValuesAsText("pointer").toString();
        assertTrue(pointers.contains("/countryCode") && pointers.contains("/orcid") && pointers.contains("/fields/0"), pointers);
    }

    @Test
    void partnersSeeOnlyConsentedExpertsAndOpenedFieldsAndWithdrawalHidesAtOnce(TestPlatform platform) throws Exception {
        JsonNode created = create(platform, Identity.OFFICER_UNIT_A);
        String id = created.path("id").asText();
        HttpResponse<String> before = platform.send(platform.request("/api/v1/experts/" + id)
                .header("Authorization", "Bearer " + platform.identities().token(Identity.PARTNER_WITH_SCOPE))
                .header("X-Purpose", "600/KH-SNgV").GET().build());
        assertEquals(404, before.statusCode(), "no consent: partners do not learn the expert exists");

        String consent = "{\"purpose\": \"partner-sharing\", \"given\": true, \"method\": \"paper-form\", \"textVersion\": \"2026-01\"}";
        assertEquals(201, send(platform, "POST", "/api/v1/experts/" + id + "/consents", Identity.OFFICER_UNIT_A, consent, null).statusCode());
        HttpResponse<String> shared = platform.send(platform.request("/api/v1/experts/" + id)
                .header("Authorization", "Bearer " + platform.identities().token(Identity.PARTNER_WITH_SCOPE))
                .header("X-Purpose", "600/KH-SNgV").GET().build());
        assertEquals(200, shared.statusCode(), shared.body());
        JsonNode view = JSON.readTree(shared.body()).path("profile");
        assertEquals("Nguyễn Thị Thu Hà", view.path("fullName").asText());
        assertTrue(view.has("fields"), "public fields are also visible to partners");
        assertFalse(view.has("email"), "internal fields stay internal");
        assertFalse(view.has("notes"));
        assertFalse(view.has("birthYear"));

        String withdraw = consent.replace("true", "false");
        assertEquals(201, send(platform, "POST", "/api/v1/experts/" + id + "/consents", Identity.OFFICER_UNIT_A, withdraw, null).statusCode());
        HttpResponse<String> after = platform.send(platform.request("/api/v1/experts/" + id)
                .header("Authorization", "Bearer " + platform.identities().token(Identity.PARTNER_WITH_SCOPE))
                .header("X-Purpose", "600/KH-SNgV").GET().build());
        assertEquals(404, after.statusCode(), "withdrawal takes effect at once");
    }

    @Test
    void softDeleteRestoreAndHistory(TestPlatform platform) throws Exception {
        JsonNode created = create(platform, Identity.OFFICER_UNIT_A);
        String id = created.path("id").asText();
        HttpResponse<String> deleted = send(platform, "DELETE", "/api/v1/experts/" + id, Identity.OFFICER_UNIT_A, null,
                "\"v" + created.path("version").asLong() + "\"");
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertTrue(JSON.readTree(deleted.body()).path("deleted").asBoolean());
        HttpResponse<String> restored = send(platform, "POST", "/api/v1/experts/" + id + "/restore", Identity.OFFICER_UNIT_A, null,
                deleted.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, restored.statusCode(), restored.body());

        JsonNode officerHistory = JSON.readTree(platform.get("/api/v1/experts/" + id + "/history", Identity.OFFICER_UNIT_B).body());
        assertEquals("[restore, delete, create]", officerHistory.path("items").findValuesAsText("action").toString());
        assertFalse(officerHistory.path("items").get(2).has("changes"), "officers see which fields, not the values");
        JsonNode adminHistory = JSON.readTree(platform.get("/api/v1/experts/" + id + "/history", Identity.ADMIN).body());
        assertEquals("Nguyễn Thị Thu Hà", adminHistory.path("items").get(2).path("changes").path("fullName").path("after").asText());
    }

    @Test
    void listPagesStablyAndFilters(TestPlatform platform) throws Exception {
        for (int i = 0; i < 3; i++) {
            create(platform, Identity.OFFICER_UNIT_B);
        }
        JsonNode first = JSON.readTree(platform.get("/api/v1/experts?unit=LSNVNONN&limit=2", Identity.LEADER).body());
        assertEquals(2, first.path("items").size());
        JsonNode second = JSON.readTree(platform.get(first.path("next").asText(), Identity.LEADER).body());
        assertTrue(second.path("items").size() >= 1);
        assertFalse(first.path("items").get(0).path("id").equals(second.path("items").get(0).path("id")));
        JsonNode byName = JSON.readTree(platform.get("/api/v1/experts?q=nguyen%20thi%20thu&country=JP", Identity.LEADER).body());
        assertTrue(byName.path("items").size() >= 3, "diacritics-insensitive name filter");
        assertEquals(400, platform.get("/api/v1/experts?after=garbage", Identity.LEADER).statusCode());
    }

    @Test
    void subjectAccessExportAndErasure(TestPlatform platform) throws Exception {
        JsonNode created = create(platform, Identity.OFFICER_UNIT_A);
        String id = created.path("id").asText();
        String consent = "{\"purpose\": \"public-directory\", \"given\": true, \"method\": \"online-form\", \"textVersion\": \"v1\"}";
        send(platform, "POST", "/api/v1/experts/" + id + "/consents", Identity.OFFICER_UNIT_A, consent, null);

        HttpResponse<String> export = platform.get("/api/v1/experts/" + id + "/subject-data", Identity.OFFICER_UNIT_A);
        assertEquals(200, export.statusCode(), export.body());
        JsonNode data = JSON.readTree(export.body());
        assertEquals("ha.nguyen@example.edu", data.path("record").path("profile").path("email").asText());
        assertEquals(1, data.path("consents").size());
        assertTrue(data.path("history").size() >= 2);
        assertEquals(403, platform.get("/api/v1/experts/" + id + "/subject-data", Identity.OFFICER_UNIT_B).statusCode());

        assertEquals(403, send(platform, "POST", "/api/v1/experts/" + id + "/erase", Identity.OFFICER_UNIT_A, null, null).statusCode());
        HttpResponse<String> erased = send(platform, "POST", "/api/v1/experts/" + id + "/erase", Identity.ADMIN, null, null);
        assertEquals(200, erased.statusCode(), erased.body());
        assertEquals(404, platform.get("/api/v1/experts/" + id, Identity.ADMIN).statusCode(), "nothing personal is served any more");
        JsonNode list = JSON.readTree(platform.get("/api/v1/experts?include-deleted=true&q=thu%20ha&limit=200", Identity.ADMIN).body());
        for (JsonNode item : list.path("items")) {
            assertFalse(item.path("id").asText().equals(id), "an erased expert is not listed");
        }
    }

    @Test
    void duplicatesAreFoundMergedAndTheMergeUndone(TestPlatform platform) throws Exception {
        String orcidFree = "Phạm Quốc Toản";
        String first = "{\"externalKey\": \"D-%s\", \"fullName\": \"%s\", \"countryCode\": \"FR\", \"birthYear\": 1970, \"email\": \"toan@example.org\"}";
        String second = "{\"externalKey\": \"D-%s\", \"fullName\": \"Pham Quoc Toan\", \"countryCode\": \"FR\", \"birthYear\": 1970, \"city\": \"Lyon\"}";
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        JsonNode kept = JSON.readTree(send(platform, "POST", "/api/v1/experts", Identity.OFFICER_UNIT_A,
                first.formatted(suffix + "a", orcidFree), null).body());
        JsonNode duplicate = JSON.readTree(send(platform, "POST", "/api/v1/experts", Identity.OFFICER_UNIT_A,
                second.formatted(suffix + "b"), null).body());
        String keptId = kept.path("id").asText();
        String duplicateId = duplicate.path("id").asText();

        JsonNode candidates = JSON.readTree(platform.get("/api/v1/experts/duplicates?limit=500", Identity.LEADER).body());
        JsonNode pair = null;
        for (JsonNode item : candidates.path("items")) {
            String a = item.path("first").path("id").asText();
            String b = item.path("second").path("id").asText();
            if ((a.equals(keptId) && b.equals(duplicateId)) || (a.equals(duplicateId) && b.equals(keptId))) {
                pair = item;
            }
        }
        assertTrue(pair != null, "the pair is a candidate: " + candidates);
        assertTrue(pair.path("reasons").toString().contains("same-name-birth-year-country"), pair.toString());

        HttpResponse<String> merged = send(platform, "POST", "/api/v1/experts/" + keptId + "/merge", Identity.OFFICER_UNIT_A,
                "{\"duplicate\": \"" + duplicateId + "\"}", "\"v" + kept.path("version").asLong() + "\"");
        assertEquals(200, merged.statusCode(), merged.body());
        JsonNode result = JSON.readTree(merged.body());
        assertEquals("Lyon", result.path("expert").path("profile").path("city").asText(), "the gap is filled from the duplicate");
        assertEquals("toan@example.org", result.path("expert").path("profile").path("email").asText(), "the kept values stay");
        assertTrue(JSON.readTree(platform.get("/api/v1/experts/" + duplicateId, Identity.LEADER).body()).path("deleted").asBoolean());

        long mergeId = result.path("mergeId").asLong();
        HttpResponse<String> undone = send(platform, "POST", "/api/v1/experts/" + keptId + "/merges/" + mergeId + "/undo",
                Identity.OFFICER_UNIT_A, null, null);
        assertEquals(200, undone.statusCode(), undone.body());
        assertFalse(JSON.readTree(undone.body()).path("profile").has("city"), "the kept profile is as before");
        assertFalse(JSON.readTree(platform.get("/api/v1/experts/" + duplicateId, Identity.LEADER).body()).path("deleted").asBoolean());
        assertEquals(409, send(platform, "POST", "/api/v1/experts/" + keptId + "/merges/" + mergeId + "/undo",
                Identity.OFFICER_UNIT_A, null, null).statusCode(), "a merge is undone once");
        String actions = JSON.readTree(platform.get("/api/v1/experts/" + keptId + "/history", Identity.LEADER).body())
                .path("items").findValuesAsText("action").toString();
        assertTrue(actions.contains("unmerge") && actions.contains("merge"), actions);
    }
}
