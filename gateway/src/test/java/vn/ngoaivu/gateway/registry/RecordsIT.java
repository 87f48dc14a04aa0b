package vn.ngoaivu.gateway.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.ngoaivu.gateway.TestIdentities.Identity;
import vn.ngoaivu.gateway.TestPlatform;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Foreign-affairs records through the gateway, on the real embedded PostgreSQL. */
@ExtendWith(TestPlatform.Extension.class)
public class RecordsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A number no other test uses, so that each test cites its own documents. */
    public static int freshNumber() {
        return ThreadLocalRandom.current().nextInt(100, 9_999_999);
    }

    public static String conference(int number) {
        return """
                {"kind": "conference-permit", "title": "Hội thảo quốc tế về nông nghiệp thông minh",
                 "countries": ["JP", "KR"], "startDate": "2025-05-20", "endDate": "2025-05-21",
                 "details": {"organiser": "Trường Đại học Nông Lâm", "venue": "Khách sạn Mường Thanh",
                             "foreignParticipants": 35, "format": "hybrid", "foreignOrganisers": ["JICA"]},
                 "documents": [{"role": "permit", "agencyCode": "000.00.32.H40", "numberSymbol": "%d/QĐ-SNgV",
                                "issueDate": "2025-04-02", "abstract": "Cho phép tổ chức hội thảo"}],
                 "dossierCode": "000.00.32.H40-250401-%04d"}
                """.formatted(number, number % 10_000);
    }

    public static JsonNode create(TestPlatform platform, Identity who, String body) throws Exception {
        HttpResponse<String> created = ExpertsIT.send(platform, "POST", "/api/v1/records", who, body, null);
        assertEquals(201, created.statusCode(), created.body());
        return JSON.readTree(created.body());
    }

    private static String etag(JsonNode record) {
        return "\"v" + record.path("version").asLong() + "\"";
    }

    @Test
    void createCitesADocumentAsAPendingLinkAndRecordsHistory(TestPlatform platform) throws Exception {
        int number = freshNumber();
        JsonNode created = create(platform, Identity.OFFICER_UNIT_A, conference(number));
        assertEquals("conference-permit", created.path("kind").asText());
        assertEquals("draft", created.path("status").asText());
        assertEquals("HTQT", created.path("owningUnit").asText());
        assertEquals(35, created.path("details").path("foreignParticipants").asInt());
        JsonNode document = created.path("documents").get(0);
        assertEquals("permit", document.path("role").asText());
        assertEquals("QD", document.path("documentType").asText(), "the type is read from the symbol's abbreviation");
        assertEquals("000.00.32.H40,2025/04/02," + number + "/QĐ-SNgV", document.path("exchangeId").asText());
        assertEquals("pending", document.path("link").path("state").asText());

        String id = created.path("id").asText();
        HttpResponse<String> read = platform.get("/api/v1/records/" + id, Identity.LEADER);
        assertEquals(200, read.statusCode());
        assertEquals(etag(created), read.headers().firstValue("ETag").orElseThrow());

        HttpResponse<String> history = platform.get("/api/v1/records/" + id + "/history", Identity.ADMIN);
        assertEquals(200, history.statusCode());
        JsonNode entry = JSON.readTree(history.body()).path("items").get(0);
        assertEquals("create", entry.path("action").asText());
        assertEquals("Hội thảo quốc tế về nông nghiệp thông minh", entry.path("changes").path("title").path("after").asText());

        HttpResponse<String> lookup = platform.get("/api/v1/documents?agencyCode=000.00.32.H40&numberSymbol="
                + number + "/Q%C4%90-SNgV&year=2025", Identity.OFFICER_UNIT_B);
        assertEquals(200, lookup.statusCode(), lookup.body());
        JsonNode found = JSON.readTree(lookup.body()).path("items");
        assertEquals(1, found.size());
        assertEquals(document.path("id").asText(), found.get(0).path("id").asText());
    }

    @Test
    void aDocumentCitedTwiceIsOneReference(TestPlatform platform) throws Exception {
        int number = freshNumber();
        JsonNode first = create(platform, Identity.OFFICER_UNIT_A, conference(number));
        // Written differently: a look-alike Ð, spaces, a "Số:" prefix; still the same document.
        String sameDocument = conference(number).replace("\"" + number + "/QĐ-SNgV\"", "\"Số: " + number + " / QÐ-SNgV\"");
        JsonNode second = create(platform, Identity.OFFICER_UNIT_A, sameDocument);
        assertEquals(first.path("documents").get(0).path("id").asText(), second.path("documents").get(0).path("id").asText());
    }

    @Test
    void invalidContentIsRefusedWithEveryProblem(TestPlatform platform) throws Exception {
        String body = """
                {"kind": "delegation-out", "title": "Đoàn công tác", "countries": ["XX"], "startDate": "2025-06-01",
                 "endDate": "2025-05-01",
                 "details": {"purpose": "Xúc tiến đầu tư", "size": -2, "colour": "blue"},
                 "documents": [{"role": "permit", "agencyCode": "SNgV", "numberSymbol": "KH-600", "issueDate": "2025-01-01"},
                               {"role": "plan", "agencyCode": "000.00.32.H40", "numberSymbol": "12/SNgV-VP",
                                "issueDate": "2025-01-01", "documentType": "KH"}]}
                """;
        HttpResponse<String> refused = ExpertsIT.send(platform, "POST", "/api/v1/records", Identity.OFFICER_UNIT_A, body, null);
        assertEquals(422, refused.statusCode(), refused.body());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
        List<String> pointers = new ArrayList<>();
        JSON.readTree(refused.body()).path("errors").forEach(e -> pointers.add(e.path("pointer").asText()));
        for (String expected : List.of("/countries/0", "/endDate", "/details/size", "/details/colour", "/details/head",
                "/documents/0/agencyCode", "/documents/0/numberSymbol", "/documents/1/numberSymbol")) {
            assertTrue(pointers.contains(expected), expected + " in " + pointers);
        }
    }

    @Test
    void statusMovesOnlyAlongTheWorkflow(TestPlatform platform) throws Exception {
        JsonNode created = create(platform, Identity.OFFICER_UNIT_A, conference(freshNumber()));
        String path = "/api/v1/records/" + created.path("id").asText() + "/transitions";
        HttpResponse<String> skip = ExpertsIT.send(platform, "POST", path, Identity.OFFICER_UNIT_A, "{\"to\": \"approved\"}", etag(created));
        assertEquals(409, skip.statusCode(), skip.body());
        assertTrue(skip.body().contains("submitted"), "the problem names the allowed moves: " + skip.body());

        HttpResponse<String> submitted = ExpertsIT.send(platform, "POST", path, Identity.OFFICER_UNIT_A,
                "{\"to\": \"submitted\", \"note\": \"Đã nhận đủ hồ sơ\"}", etag(created));
        assertEquals(200, submitted.statusCode(), submitted.body());
        JsonNode moved = JSON.readTree(submitted.body());
        assertEquals("submitted", moved.path("status").asText());
        assertEquals("[\"under-review\",\"cancelled\"]", moved.path("nextStatuses").toString());

        HttpResponse<String> stale = ExpertsIT.send(platform, "POST", path, Identity.OFFICER_UNIT_A, "{\"to\": \"under-review\"}", etag(created));
        assertEquals(412, stale.statusCode(), "the version read before the move is stale");
        HttpResponse<String> history = platform.get("/api/v1/records/" + created.path("id").asText() + "/history", Identity.ADMIN);
        JsonNode last = JSON.readTree(history.body()).path("items").get(0);
        assertEquals("transition", last.path("action").asText());
        assertEquals("submitted", last.path("changes").path("status").path("after").asText());
    }

    @Test
    void partnersNeverSeePersonalFieldsAndOtherUnitsCannotEdit(TestPlatform platform) throws Exception {
        String consular = """
                {"kind": "consular-legalization", "title": "Hợp pháp hóa bằng tốt nghiệp", "countries": ["DE"],
                 "details": {"caseType": "legalization", "applicantName": "Trần Văn Bình",
                             "applicantIdNumber": "038090001234", "documentCount": 2}}
                """;
        JsonNode created = create(platform, Identity.OFFICER_UNIT_A, consular);
        String id = created.path("id").asText();
        assertEquals("Trần Văn Bình", created.path("details").path("applicantName").asText());

        HttpResponse<String> asPartner = platform.get("/api/v1/records/" + id, Identity.PARTNER_WITH_SCOPE);
        assertEquals(200, asPartner.statusCode());
        JsonNode shared = JSON.readTree(asPartner.body());
        assertFalse(shared.path("details").has("applicantName"));
        assertFalse(shared.path("details").has("applicantIdNumber"));
        assertFalse(asPartner.body().contains("Trần Văn Bình"));
        assertFalse(shared.has("createdBy"));
        assertEquals(2, shared.path("details").path("documentCount").asInt());
        HttpResponse<String> list = platform.get("/api/v1/records?kind=consular-legalization&limit=200", Identity.PARTNER_WITH_SCOPE);
        assertEquals(200, list.statusCode());
        assertFalse(list.body().contains("038090001234"));
        assertEquals(403, platform.get("/api/v1/records/" + id, Identity.PARTNER_WITHOUT_SCOPE).statusCode());

        String patch = "{\"title\": \"Chứng nhận lãnh sự\"}";
        assertEquals(403, ExpertsIT.send(platform, "PATCH", "/api/v1/records/" + id, Identity.OFFICER_UNIT_B, patch, etag(created)).statusCode());
        assertEquals(403, ExpertsIT.send(platform, "PATCH", "/api/v1/records/" + id, Identity.LEADER, patch, etag(created)).statusCode());
        HttpResponse<String> patched = ExpertsIT.send(platform, "PATCH", "/api/v1/records/" + id, Identity.OFFICER_UNIT_A, patch, etag(created));
        assertEquals(200, patched.statusCode(), patched.body());
        assertEquals("Trần Văn Bình", JSON.readTree(patched.body()).path("details").path("applicantName").asText(),
                "a patch keeps the fields it does not name");

        HttpResponse<String> deleted = ExpertsIT.send(platform, "DELETE", "/api/v1/records/" + id, Identity.OFFICER_UNIT_A, null,
                patched.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, deleted.statusCode());
        assertEquals(404, platform.get("/api/v1/records/" + id, Identity.PARTNER_WITH_SCOPE).statusCode());
        assertEquals(200, platform.get("/api/v1/records/" + id, Identity.LEADER).statusCode());
    }

    @Test
    void aProjectPointsToAnExistingNgo(TestPlatform platform) throws Exception {
        String project = """
                {"kind": "ngo-project", "title": "Nước sạch cho trường học", "startDate": "2025-01-01",
                 "details": {"ngo": "%s", "funding": 125000.50, "currency": "USD", "district": "Huyện Mường Lát",
                             "sectors": ["water-sanitation"]}}
                """;
        HttpResponse<String> orphan = ExpertsIT.send(platform, "POST", "/api/v1/records", Identity.OFFICER_UNIT_A,
                project.formatted(UUID.randomUUID()), null);
        assertEquals(422, orphan.statusCode(), orphan.body());
        assertTrue(orphan.body().contains("/details/ngo"));

        JsonNode ngo = create(platform, Identity.OFFICER_UNIT_A, """
                {"kind": "foreign-ngo", "title": "Quỹ Nhi đồng Quốc tế", "countries": ["US"], "status": "in-progress",
                 "details": {"registrationNumber": "123/ĐK-PCPNN", "registrationType": "project-office",
                             "sectors": ["education-training", "health"]}}
                """);
        assertEquals("in-progress", ngo.path("status").asText(), "records kept before the platform enter at their status");
        JsonNode created = create(platform, Identity.OFFICER_UNIT_A, project.formatted(ngo.path("id").asText()));
        assertEquals("125000.5", created.path("details").path("funding").asText());
    }

    @Test
    void kindsDescribeFieldsAndWorkflows(TestPlatform platform) throws Exception {
        HttpResponse<String> kinds = platform.get("/api/v1/records/kinds", Identity.OFFICER_UNIT_A);
        assertEquals(200, kinds.statusCode());
        JsonNode items = JSON.readTree(kinds.body()).path("items");
        assertEquals(8, items.size());
        JsonNode consular = null;
        for (JsonNode kind : items) {
            if (kind.path("code").asText().equals("consular-legalization")) {
                consular = kind;
            }
        }
        assertEquals("Chứng nhận, hợp pháp hóa lãnh sự", consular.path("label").path("vi").asText());
        assertTrue(consular.path("fields").toString().contains("\"name\":\"applicantName\",\"type\":\"text\",\"required\":true,\"personal\":true"));
    }

    @Test
    void searchFindsRecordsWithoutDiacriticsAndNeverByPersonalFields(TestPlatform platform) throws Exception {
        String marker = "Zq" + Integer.toString(freshNumber(), 36);
        JsonNode conferenceRecord = create(platform, Identity.OFFICER_UNIT_A,
                conference(freshNumber()).replace("Hội thảo quốc tế về nông nghiệp thông minh", "Hội thảo " + marker + " về thủy sản"));
        create(platform, Identity.OFFICER_UNIT_A, """
                {"kind": "consular-legalization", "title": "Chứng nhận lãnh sự %s", "countries": ["FR"],
                 "details": {"caseType": "certification", "applicantName": "Phạm Thị %s", "documentCount": 1}}
                """.formatted(marker, marker + "x"));
        JsonNode found = awaitSearch(platform, "/api/v1/records/search?q=thuy+san+" + marker, Identity.PARTNER_WITH_SCOPE, 1);
        assertEquals(conferenceRecord.path("id").asText(), found.path("items").get(0).path("id").asText());
        assertEquals("conference-permit", found.path("facets").path("kind").get(0).path("value").asText());

        JsonNode filtered = awaitSearch(platform, "/api/v1/records/search?q=" + marker + "&kind=consular-legalization&country=FR",
                Identity.OFFICER_UNIT_A, 1);
        assertEquals("consular-legalization", filtered.path("items").get(0).path("kind").asText());
        // The consular case is indexed now (found above by its title): its applicant's name is not.
        JsonNode byName = awaitSearch(platform, "/api/v1/records/search?q=" + marker + "x", Identity.OFFICER_UNIT_A, 0);
        assertEquals(0, byName.path("total").asLong(), "an applicant's name is not searchable");
        assertEquals(400, platform.get("/api/v1/records/search?q=%22open", Identity.OFFICER_UNIT_A).statusCode());
        assertEquals(400, platform.get("/api/v1/records/search?from=2025-13-01", Identity.OFFICER_UNIT_A).statusCode());
        String farFuture = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("31556889864403199.0." + UUID.randomUUID()).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(400, platform.get("/api/v1/records?after=" + farFuture, Identity.PARTNER_WITH_SCOPE).statusCode(),
                "a forged cursor is a bad parameter, not a fault");
    }

    /** Search follows writes within the outbox polling interval. */
    private static JsonNode awaitSearch(TestPlatform platform, String path, Identity who, int expected) throws Exception {
        JsonNode body = null;
        for (int i = 0; i < 100; i++) {
            HttpResponse<String> res = platform.get(path, who);
            assertEquals(200, res.statusCode(), res.body());
            body = JSON.readTree(res.body());
            if (body.path("total").asLong() == expected && (expected > 0 || i > 10)) {
                return body;
            }
            Thread.sleep(100);
        }
        return body;
    }
}
