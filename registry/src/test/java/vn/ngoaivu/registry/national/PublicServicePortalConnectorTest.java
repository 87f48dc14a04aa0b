package vn.ngoaivu.registry.national;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicServicePortalConnectorTest extends ConnectorResilienceContract {

    static final String CODE = "000.00.32.H40-250301-0001";

    @Override
    protected String basePath() {
        return "/portal/api";
    }

    @Override
    protected Optional<?> lookup(ResilientHttp http, String id) {
        return new PublicServicePortalConnector(http).dossier(id);
    }

    @Override
    protected String lookupPath(String encodedId) {
        return "/portal/api/dossiers/" + encodedId;
    }

    @Override
    protected String knownId() {
        return CODE;
    }

    @Override
    protected String knownIdEncoded() {
        return CODE;
    }

    @Override
    protected ResponseDefinitionBuilder goodAnswer() {
        return json(dossier(CODE, "processing", "null", "2025-03-02T08:00:00Z"));
    }

    @Override
    protected ResponseDefinitionBuilder malformedAnswer() {
        return json("{\"code\": \"" + CODE + "\", \"status\": ");
    }

    PublicServicePortalConnector connector() {
        return new PublicServicePortalConnector(http());
    }

    @Test
    void readsEveryFieldOfTheDossier() {
        stubKnown(goodAnswer());
        Dossier d = connector().dossier(CODE).orElseThrow();
        assertEquals(CODE, d.code());
        assertEquals("1.001234", d.procedureCode());
        assertEquals("Cho phép tổ chức hội nghị, hội thảo quốc tế", d.procedureName());
        assertEquals(DossierState.PROCESSING, d.state());
        assertEquals(Instant.parse("2025-03-01T02:15:00Z"), d.receivedAt());
        assertEquals(Instant.parse("2025-03-16T10:00:00Z"), d.dueAt());
        assertNull(d.completedAt());
        assertEquals(Instant.parse("2025-03-02T08:00:00Z"), d.updatedAt());
    }

    @Test
    void readsEveryStatusAndACompletionTime() {
        String[] wire = {"received", "processing", "supplement-requested", "completed", "rejected", "withdrawn"};
        for (int i = 0; i < wire.length; i++) {
            stubKnown(json(dossier(CODE, wire[i], "\"2025-03-10T03:00:00+07:00\"", "2025-03-10T03:00:00Z")));
            Dossier d = connector().dossier(CODE).orElseThrow();
            assertEquals(DossierState.values()[i], d.state(), wire[i]);
            assertEquals(Instant.parse("2025-03-09T20:00:00Z"), d.completedAt());
        }
    }

    @Test
    void answerAboutAnotherDossierIsMalformed() {
        stubKnown(json(dossier("000.00.32.H40-250301-0002", "processing", "null", "2025-03-02T08:00:00Z")));
        assertEquals(MalformedAnswer.Kind.SCHEMA,
                assertThrows(MalformedAnswer.class, () -> connector().dossier(CODE)).kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"processing\"|\"PROCESSING\"",
            "\"processing\"|\"supplement_requested\"",
            "\"processing\"|null",
            "\"2025-03-16T10:00:00Z\"|\"2025-03-16\"",
            "\"2025-03-16T10:00:00Z\"|1742119200",
            "\"1.001234\"|1.001234",
            "\"procedureName\"|\"procedure\"",
            "\"completedAt\": null,|\"completedAt\": \"yesterday\","})
    void answerBreakingTheSchemaIsMalformed(String replacement) {
        String[] parts = replacement.split("\\|", -1);
        String good = dossier(CODE, "processing", "null", "2025-03-02T08:00:00Z");
        String body = good.replace(parts[0], parts[1]);
        assertTrue(!body.equals(good), "the replacement changed nothing");
        stubKnown(json(body));
        var e = assertThrows(MalformedAnswer.class, () -> connector().dossier(CODE));
        assertEquals(MalformedAnswer.Kind.SCHEMA, e.kind(), e.getMessage());
        assertEquals(1, requestsTo(knownPath()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"trailing", "duplicate", "array"})
    void jsonIsParsedStrictly(String flaw) {
        String good = dossier(CODE, "processing", "null", "2025-03-02T08:00:00Z");
        String body = switch (flaw) {
            case "trailing" -> good + " {}";
            case "duplicate" -> good.replace("\"status\": \"processing\",", "\"status\": \"processing\", \"status\": \"completed\",");
            default -> "[" + good + "]";
        };
        stubKnown(json(body));
        assertThrows(MalformedAnswer.class, () -> connector().dossier(CODE));
    }

    @Test
    void changedSinceSendsTheInstantAndReadsThePageInOrder() {
        Instant since = Instant.parse("2025-03-02T00:00:00Z");
        server.stubFor(get(urlPathEqualTo("/portal/api/dossiers")).willReturn(json("{\"dossiers\": ["
                + dossier("A-1", "received", "null", "2025-03-02T00:00:00Z") + ","
                + dossier("A-2", "completed", "\"2025-03-03T00:00:00Z\"", "2025-03-03T00:00:00Z") + "]}")));
        List<Dossier> changed = connector().changedSince(since);
        assertEquals(List.of("A-1", "A-2"), changed.stream().map(Dossier::code).toList());
        assertEquals(DossierState.COMPLETED, changed.get(1).state());
        var request = server.getAllServeEvents().getFirst().getRequest();
        assertEquals("/portal/api/dossiers?updatedSince=2025-03-02T00%3A00%3A00Z", request.getUrl());
    }

    @Test
    void changedSinceWithNothingNew() {
        server.stubFor(get(urlPathEqualTo("/portal/api/dossiers")).willReturn(json("{\"dossiers\": []}")));
        assertEquals(List.of(), connector().changedSince(Instant.parse("2025-03-02T00:00:00Z")));
    }

    @Test
    void changedSinceOutOfOrderIsMalformed() {
        server.stubFor(get(urlPathEqualTo("/portal/api/dossiers")).willReturn(json("{\"dossiers\": ["
                + dossier("A-2", "completed", "null", "2025-03-03T00:00:00Z") + ","
                + dossier("A-1", "received", "null", "2025-03-02T12:00:00Z") + "]}")));
        var e = assertThrows(MalformedAnswer.class, () -> connector().changedSince(Instant.parse("2025-03-02T00:00:00Z")));
        assertTrue(e.getMessage().contains("order"), e.getMessage());
    }

    @Test
    void changedSinceOverThePageSizeIsMalformed() {
        StringBuilder page = new StringBuilder("{\"dossiers\": [");
        for (int i = 0; i <= DossierJson.MAX_PAGE; i++) {
            page.append(i == 0 ? "" : ",").append(dossier("A-" + i, "received", "null", "2025-03-02T12:00:00Z"));
        }
        server.stubFor(get(urlPathEqualTo("/portal/api/dossiers")).willReturn(json(page + "]}")));
        // The production cap (1 MiB) holds a full page; the tests' 64 KiB does not.
        var portal = new PublicServicePortalConnector(new ResilientHttp(settings().withSizeCaps(1 << 20, 1 << 20)));
        var e = assertThrows(MalformedAnswer.class, () -> portal.changedSince(Instant.parse("2025-03-02T00:00:00Z")));
        assertTrue(e.getMessage().contains("more than 500"), e.getMessage());
    }

    @Test
    void changedSinceWithoutAListIsRejected() {
        server.stubFor(get(urlPathEqualTo("/portal/api/dossiers")).willReturn(aResponse().withStatus(404)));
        assertEquals(404, assertThrows(NationalSystemRejected.class,
                () -> connector().changedSince(Instant.parse("2025-03-02T00:00:00Z"))).status());
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(body.getBytes(StandardCharsets.UTF_8));
    }

    /** The contract's example, with this code, status, completedAt (JSON literal) and updatedAt. */
    static String dossier(String code, String status, String completedAt, String updatedAt) {
        return """
                {
                  "code": "%s",
                  "procedureCode": "1.001234",
                  "procedureName": "Cho phép tổ chức hội nghị, hội thảo quốc tế",
                  "status": "%s",
                  "receivedAt": "2025-03-01T02:15:00Z",
                  "dueAt": "2025-03-16T10:00:00Z",
                  "completedAt": %s,
                  "updatedAt": "%s"
                }""".formatted(code, status, completedAt, updatedAt);
    }
}
