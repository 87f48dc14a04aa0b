package vn.ngoaivu.gateway.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.ngoaivu.gateway.TestIdentities.Identity;
import vn.ngoaivu.gateway.TestPlatform;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A partner's read of personal data lands in the access log with its legal basis; administrators query it. */
@ExtendWith(TestPlatform.Extension.class)
class PersonalDataAccessIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void partnerReadIsLoggedWithPurposeAndEndUserAndAdminFindsIt(TestPlatform platform) throws Exception {
        String expertId = UUID.randomUUID().toString();
        HttpResponse<String> read = platform.send(platform.request("/__test/person/" + expertId)
                .header("Authorization", "Bearer " + platform.identities().token(Identity.PARTNER_WITH_SCOPE))
                .header("X-Purpose", "600/KH-SNgV")
                .header("X-End-User", java.net.URLEncoder.encode("Nguyễn Thị Hoa, Sở KH&CN", java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Request-Id", "partner-req-77")
                .GET().build());
        assertEquals(200, read.statusCode(), read.body());

        HttpResponse<String> log = platform.get("/api/v1/admin/personal-data-access?subject-kind=expert&subject-id=" + expertId, Identity.ADMIN);
        assertEquals(200, log.statusCode(), log.body());
        JsonNode items = JSON.readTree(log.body()).path("items");
        assertEquals(1, items.size());
        JsonNode entry = items.get(0);
        assertEquals("demo-partner", entry.path("clientId").asText());
        assertEquals("partner", entry.path("roles").asText());
        assertEquals("600/KH-SNgV", entry.path("purpose").asText());
        assertEquals("Nguyễn Thị Hoa, Sở KH&CN", entry.path("endUser").asText());
        assertEquals("partner-req-77", entry.path("requestId").asText());
        assertEquals("read", entry.path("action").asText());
    }

    @Test
    void officerReadIsLoggedWithUsername(TestPlatform platform) throws Exception {
        String expertId = UUID.randomUUID().toString();
        assertEquals(200, platform.get("/__test/person/" + expertId, Identity.OFFICER_UNIT_A).statusCode());
        JsonNode entry = JSON.readTree(platform.get("/api/v1/admin/personal-data-access?subject-id=" + expertId, Identity.ADMIN).body())
                .path("items").get(0);
        assertEquals("can.bo.htqt", entry.path("callerUsername").asText());
        assertEquals("officer", entry.path("roles").asText());
    }

    @Test
    void malformedPurposeIs400AndNothingIsRead(TestPlatform platform) throws Exception {
        String expertId = UUID.randomUUID().toString();
        HttpResponse<String> read = platform.send(platform.request("/__test/person/" + expertId)
                .header("Authorization", "Bearer " + platform.identities().token(Identity.PARTNER_WITH_SCOPE))
                .header("X-Purpose", "because I want it").GET().build());
        HttpResponse<String> noPurpose = platform.send(platform.request("/__test/person/" + expertId)
                .header("Authorization", "Bearer " + platform.identities().token(Identity.PARTNER_WITH_SCOPE)).GET().build());
        assertEquals(400, noPurpose.statusCode(), "partners must name their legal basis");
        HttpResponse<String> badEndUser = platform.send(platform.request("/__test/person/" + expertId)
                .header("Authorization", "Bearer " + platform.identities().token(Identity.PARTNER_WITH_SCOPE))
                .header("X-Purpose", "600/KH-SNgV").header("X-End-User", "%E0%A4").GET().build());
        assertEquals(400, badEndUser.statusCode(), "X-End-User must be valid UTF-8");
        assertEquals(400, read.statusCode());
        assertEquals("X-Purpose", JSON.readTree(read.body()).path("errors").get(0).path("pointer").asText());
        JsonNode items = JSON.readTree(platform.get("/api/v1/admin/personal-data-access?subject-id=" + expertId, Identity.ADMIN).body()).path("items");
        assertEquals(0, items.size());
    }

    @Test
    void pagesAndInvalidParameters(TestPlatform platform) throws Exception {
        String expertId = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            platform.get("/__test/person/" + expertId, Identity.LEADER);
        }
        JsonNode first = JSON.readTree(platform.get("/api/v1/admin/personal-data-access?subject-id=" + expertId + "&limit=2", Identity.ADMIN).body());
        assertEquals(2, first.path("items").size());
        String next = first.path("next").asText();
        assertTrue(next.contains("before="), next);
        JsonNode second = JSON.readTree(platform.get(next, Identity.ADMIN).body());
        assertEquals(1, second.path("items").size());
        HttpResponse<String> bad = platform.get("/api/v1/admin/personal-data-access?limit=5000&from=yesterday", Identity.ADMIN);
        assertEquals(400, bad.statusCode());
        assertEquals(2, JSON.readTree(bad.body()).path("errors").size());
    }
}
