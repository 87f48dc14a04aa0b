package vn.ngoaivu.gateway.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.ngoaivu.gateway.TestIdentities.Identity;
import vn.ngoaivu.gateway.TestPlatform;
import vn.ngoaivu.registry.national.PortalCallbackVerifier;
import vn.ngoaivu.simulator.portal.SampleDossiers;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Records linked to the national systems' simulator through the running platform; the portal's signed callbacks. */
@ExtendWith(TestPlatform.Extension.class)
class NationalLinksRoutesIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String permit(String dossier) {
        return """
                {"kind": "conference-permit", "title": "Hội nghị kết nối chuyên gia năm 2025", "countries": ["KR"],
                 "startDate": "2025-09-10",
                 "details": {"organiser": "Sở Ngoại vụ", "venue": "Trung tâm Hội nghị tỉnh", "foreignParticipants": 40},
                 "documents": [{"role": "plan", "agencyCode": "000.00.32.H40", "numberSymbol": "640/KH-SNgV",
                                "issueDate": "2025-04-02"}],
                 "dossierCode": "%s"}
                """.formatted(dossier);
    }

    @Test
    void aRecordShowsItsLinkedDocumentSignatureAndDossier(TestPlatform platform) throws Exception {
        JsonNode created = RecordsIT.create(platform, Identity.OFFICER_UNIT_A, permit(SampleDossiers.CONFERENCE_PERMIT));
        assertEquals("pending", created.path("documents").get(0).path("link").path("state").asText());
        platform.runLinkRound();

        JsonNode record = JSON.readTree(platform.get("/api/v1/records/" + created.path("id").asText(), Identity.LEADER).body());
        JsonNode document = record.path("documents").get(0);
        assertEquals("linked", document.path("link").path("state").asText(), document.toString());
        assertEquals("valid", document.path("signature").path("outcome").asText());
        assertEquals("Sở Ngoại vụ tỉnh Mẫu", document.path("agencyName").asText());
        assertEquals("linked", record.path("dossier").path("link").path("state").asText(), record.toString());
        assertTrue(record.path("dossier").path("status").isTextual());

        String recheck = "/api/v1/documents/" + document.path("id").asText() + "/signature-check";
        assertEquals(403, ExpertsIT.send(platform, "POST", recheck, Identity.LEADER, null, null).statusCode());
        HttpResponse<String> queued = ExpertsIT.send(platform, "POST", recheck, Identity.OFFICER_UNIT_B, null, null);
        assertEquals(202, queued.statusCode(), queued.body());
        assertEquals("pending", JSON.readTree(queued.body()).path("link").path("state").asText());
        platform.runLinkRound();
        HttpResponse<String> linked = platform.get("/api/v1/documents?link-state=linked&limit=200", Identity.PARTNER_WITH_SCOPE);
        assertTrue(linked.body().contains(document.path("id").asText()), "listed as linked again");
        JsonNode asPartner = JSON.readTree(platform.get("/api/v1/documents/" + document.path("id").asText(),
                Identity.PARTNER_WITH_SCOPE).body());
        assertEquals("linked", asPartner.path("link").path("state").asText());
        assertTrue(asPartner.path("link").path("attempts").isMissingNode(), "link internals are for staff");
    }

    private static HttpResponse<String> callback(TestPlatform platform, String body, long timestamp, String secret) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return platform.send(platform.request("/api/v1/integrations/portal/dossier-events")
                .header("Content-Type", "application/json")
                .header(PortalCallbackVerifier.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(PortalCallbackVerifier.SIGNATURE_HEADER,
                        PortalCallbackVerifier.sign(secret.getBytes(StandardCharsets.UTF_8), timestamp, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }

    @Test
    void thePortalsSignedCallbacksUpdateDossiersAndForgedOnesAreRefused(TestPlatform platform) throws Exception {
        RecordsIT.create(platform, Identity.OFFICER_UNIT_A, permit(SampleDossiers.FOREIGN_PRESS_VISIT));
        long now = Instant.now().getEpochSecond();
        String event = """
                {"code": "%s", "procedureCode": "1.001234", "procedureName": "Cho phép tổ chức hội nghị, hội thảo quốc tế",
                 "status": "completed", "receivedAt": "2025-03-12T02:15:00Z", "dueAt": "2025-03-27T10:00:00Z",
                 "completedAt": "2025-03-20T08:00:00Z", "updatedAt": "2030-01-01T00:00:00Z"}
                """.formatted(SampleDossiers.FOREIGN_PRESS_VISIT);
        String secret = TestPlatform.PORTAL_CALLBACK_SECRET;

        assertEquals(401, callback(platform, event, now, "another-secret-of-the-same-size-0123").statusCode());
        assertEquals(401, callback(platform, event, now - 3600, secret).statusCode(), "a stale (replayed) event");
        HttpResponse<String> malformed = callback(platform, "{\"code\": 5}", now, secret);
        assertEquals(422, malformed.statusCode(), malformed.body());
        assertEquals("application/problem+json", malformed.headers().firstValue("Content-Type").orElse(""));

        HttpResponse<String> accepted = callback(platform, event, now, secret);
        assertEquals(202, accepted.statusCode(), accepted.body());
        assertTrue(JSON.readTree(accepted.body()).path("applied").asBoolean());
        HttpResponse<String> search = platform.get("/api/v1/records?kind=conference-permit&limit=200", Identity.OFFICER_UNIT_A);
        assertTrue(search.body().contains("\"status\":\"completed\""), "the dossier's new status shows on its record");

        String unknown = event.replace(SampleDossiers.FOREIGN_PRESS_VISIT, "000.00.32.H40-990101-9999");
        HttpResponse<String> ignored = callback(platform, unknown, now, secret);
        assertEquals(202, ignored.statusCode());
        assertTrue(!JSON.readTree(ignored.body()).path("applied").asBoolean(), "dossiers no record names are not kept");
    }
}
