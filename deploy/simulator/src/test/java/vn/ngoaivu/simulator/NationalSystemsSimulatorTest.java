package vn.ngoaivu.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ngoaivu.simulator.documents.SampleDocuments;
import vn.ngoaivu.simulator.portal.SampleDossiers;

class NationalSystemsSimulatorTest {

    private static final Pattern FILE_DIGEST =
            Pattern.compile("<edXML:FileDigest algorithm=\"SHA-256\">([0-9a-f]{64})</edXML:FileDigest>");

    @TempDir
    static Path directory;

    private static NationalSystemsSimulator simulator;
    private static Path caFile;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        caFile = directory.resolve("ca/test-ca.pem");
        simulator = NationalSystemsSimulator.start(
                new SimulatorSettings(0, "secret-for-this-test", Optional.of(caFile)));
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void servesMetadataAndThePdfWhoseDigestItNames() throws Exception {
        HttpResponse<String> metadata = getText(simulator.documentSystemUrl() + "/documents/"
                + segment(SampleDocuments.PLAN_2025), true);
        assertEquals(200, metadata.statusCode());
        assertTrue(metadata.headers().firstValue("Content-Type").orElseThrow().startsWith("application/xml"));
        String xml = metadata.body();
        assertTrue(xml.contains("<edXML:DocumentId>000.00.32.H40,2025/03/01,600/KH-SNgV</edXML:DocumentId>"), xml);
        assertTrue(xml.contains("<edXML:OrganName>Sở Ngoại vụ tỉnh Mẫu</edXML:OrganName>"), xml);
        assertTrue(xml.contains("<edXML:Status>replaced</edXML:Status>"), xml);
        assertTrue(xml.contains("<edXML:ReplacedBy>" + SampleDocuments.PLAN_2025_REVISED + "</edXML:ReplacedBy>"), xml);
        Matcher digest = FILE_DIGEST.matcher(xml);
        assertTrue(digest.find(), xml);

        HttpResponse<byte[]> file = CLIENT.send(request(simulator.documentSystemUrl() + "/documents/"
                + segment(SampleDocuments.PLAN_2025) + "/file", true).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, file.statusCode());
        assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("%PDF-", new String(file.body(), 0, 5, StandardCharsets.US_ASCII));
        assertEquals(digest.group(1),
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.body())));
    }

    @Test
    void findsADocumentByNumberSymbolAndYear() throws Exception {
        HttpResponse<String> found = getText(simulator.documentSystemUrl() + "/documents?agency=000.00.32.H40"
                + "&number=296&symbol=" + URLEncoder.encode("QĐ-SNgV", StandardCharsets.UTF_8) + "&year=2025", true);
        assertEquals(200, found.statusCode());
        assertTrue(found.body().contains("<edXML:DocumentId>" + SampleDocuments.WORKING_GROUP_DECISION + "<"));
        assertTrue(found.body().contains("<edXML:Status>valid</edXML:Status>"));
        assertFalse(found.body().contains("ReplacedBy"));

        assertEquals(404, getText(simulator.documentSystemUrl() + "/documents?agency=000.00.32.H40"
                + "&number=296&symbol=QD-SNgV&year=2025", true).statusCode());
        assertEquals(400, getText(simulator.documentSystemUrl() + "/documents?agency=000.00.32.H40", true)
                .statusCode());
    }

    @Test
    void unknownDocumentsAre404() throws Exception {
        assertEquals(404, getText(simulator.documentSystemUrl() + "/documents/"
                + segment("000.00.32.H40,2025/03/01,999/KH-SNgV"), true).statusCode());
        assertEquals(404, getText(simulator.documentSystemUrl() + "/documents/"
                + segment("000.00.32.H40,2025/03/01,999/KH-SNgV") + "/file", true).statusCode());
        // An identifier whose '/' is not encoded is not an identifier.
        assertEquals(404, getText(simulator.documentSystemUrl() + "/documents/"
                + SampleDocuments.PLAN_2025.replace(",", "%2C"), true).statusCode());
    }

    @Test
    void servesDossiersAndTheirChanges() throws Exception {
        HttpResponse<String> dossier = getText(simulator.portalUrl() + "/dossiers/"
                + segment(SampleDossiers.CONFERENCE_PERMIT), true);
        assertEquals(200, dossier.statusCode());
        assertTrue(dossier.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        assertEquals("{\"code\":\"000.00.32.H40-250301-0001\",\"procedureCode\":\"1.001234\","
                + "\"procedureName\":\"Cho phép tổ chức hội nghị, hội thảo quốc tế\",\"status\":\"processing\","
                + "\"receivedAt\":\"2025-03-01T02:15:00Z\",\"dueAt\":\"2025-03-16T10:00:00Z\",\"completedAt\":null,"
                + "\"updatedAt\":\"2025-03-02T08:00:00Z\"}", dossier.body());
        assertEquals(404, getText(simulator.portalUrl() + "/dossiers/unknown", true).statusCode());

        String changedSince = getText(simulator.portalUrl() + "/dossiers?updatedSince=2025-03-12T09:00:00Z", true)
                .body();
        // Oldest change first; the bound is inclusive. (Another test may move the last one to "now": still last.)
        assertTrue(changedSince.startsWith("{\"dossiers\":[{\"code\":\"" + SampleDossiers.ABTC_CARD + "\""),
                changedSince);
        assertTrue(changedSince.indexOf(SampleDossiers.FOREIGN_PRESS_VISIT)
                < changedSince.indexOf(SampleDossiers.INTERNATIONAL_CONFERENCE_REPORT), changedSince);
        assertFalse(changedSince.contains(SampleDossiers.CONFERENCE_PERMIT), changedSince);
        assertEquals(400, getText(simulator.portalUrl() + "/dossiers?updatedSince=yesterday", true).statusCode());
    }

    @Test
    void theAdminRouteChangesADossierNow() throws Exception {
        HttpResponse<String> changed = CLIENT.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl()
                        + "/__simulator/dossiers/" + SampleDossiers.INTERNATIONAL_CONFERENCE_REPORT + "/status"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"status\":\"rejected\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, changed.statusCode(), changed.body());
        assertTrue(changed.body().contains("\"status\":\"rejected\""), changed.body());
        assertFalse(changed.body().contains("\"completedAt\":null"), changed.body());

        String recent = getText(simulator.portalUrl() + "/dossiers?updatedSince=2026-01-01T00:00:00Z", true).body();
        assertTrue(recent.startsWith("{\"dossiers\":[{\"code\":\"" + SampleDossiers.INTERNATIONAL_CONFERENCE_REPORT),
                recent);

        HttpResponse<String> bad = CLIENT.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl()
                        + "/__simulator/dossiers/" + SampleDossiers.INTERNATIONAL_CONFERENCE_REPORT + "/status"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"status\":\"lost\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, bad.statusCode());
    }

    @Test
    void withoutTheTokenBothSystemsAnswer401() throws Exception {
        HttpResponse<String> noToken = getText(simulator.documentSystemUrl() + "/documents/"
                + segment(SampleDocuments.PLAN_2025), false);
        assertEquals(401, noToken.statusCode());
        assertTrue(noToken.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Bearer"));
        assertEquals(401, getText(simulator.portalUrl() + "/dossiers/" + SampleDossiers.ABTC_CARD, false)
                .statusCode());
        HttpResponse<String> wrongToken = CLIENT.send(HttpRequest.newBuilder(URI.create(simulator.portalUrl()
                        + "/dossiers/" + SampleDossiers.ABTC_CARD)).header("Authorization", "Bearer simulator-token")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, wrongToken.statusCode());
    }

    @Test
    void aTestStubGoesInFrontOfTheBuiltInRoutesButStillNeedsTheToken() throws Exception {
        String path = NationalSystemsSimulator.PORTAL_PATH + "/dossiers/" + SampleDossiers.ABTC_CARD;
        StubMapping outage = simulator.wireMock().stubFor(get(urlPathEqualTo(path))
                .willReturn(aResponse().withStatus(503)));
        try {
            assertEquals(503, getText(simulator.baseUrl() + path, true).statusCode());
            assertEquals(401, getText(simulator.baseUrl() + path, false).statusCode());
        } finally {
            simulator.wireMock().removeStub(outage);
        }
        assertEquals(200, getText(simulator.baseUrl() + path, true).statusCode());
    }

    @Test
    void writesTheTrustedCaCertificate() throws IOException {
        String pem = Files.readString(caFile);
        assertTrue(pem.startsWith("-----BEGIN CERTIFICATE-----\n"), pem);
        assertEquals(simulator.pki().trustedCaPem(), pem);
    }

    private static HttpResponse<String> getText(String url, boolean withToken) throws Exception {
        return CLIENT.send(request(url, withToken).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String url, boolean withToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        return withToken ? request.header("Authorization", "Bearer " + simulator.token()) : request;
    }

    private static String segment(String identifier) {
        return URLEncoder.encode(identifier, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
