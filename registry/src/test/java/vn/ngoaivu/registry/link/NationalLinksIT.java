package vn.ngoaivu.registry.link;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ngoaivu.registry.document.DocumentReference;
import vn.ngoaivu.registry.dossier.DossierLink;
import vn.ngoaivu.registry.record.ForeignAffairsRecord;
import vn.ngoaivu.registry.record.RecordKind;
import vn.ngoaivu.simulator.NationalSystemsSimulator;
import vn.ngoaivu.simulator.SimulatorSettings;
import vn.ngoaivu.simulator.documents.SampleDocument;
import vn.ngoaivu.simulator.documents.SampleDocuments;
import vn.ngoaivu.simulator.pki.TestPki;
import vn.ngoaivu.simulator.portal.SampleDossiers;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Records linked to the national systems through the real connectors and the simulator: metadata, status and
 * signature evidence completed by the link job; a document-system outage during which 100 records are created,
 * none lost, every link completed once the system is back; dossier status followed by polling.
 */
class NationalLinksIT {

    /** Fault-test documents: plans 1000/KH-SNgV ... 1099/KH-SNgV, valid and signed by the trusted test CA. */
    private static final int OUTAGE_RECORDS = 100;
    private static final LocalDate OUTAGE_ISSUED = LocalDate.of(2025, 7, 1);

    @TempDir
    static Path dir;
    private static final TestPki PKI = TestPki.generate();
    private static final List<SampleDocument> DOCUMENTS = documents();
    private static int port;
    private static NationalSystemsSimulator simulator;
    private static LinkFixture fixture;

    @BeforeAll
    static void start() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        simulator = startSimulator();
        fixture = new LinkFixture(dir, "http://127.0.0.1:" + port, simulator.token(), PKI);
    }

    @AfterAll
    static void stop() {
        fixture.close();
        simulator.close();
    }

    private static NationalSystemsSimulator startSimulator() {
        return NationalSystemsSimulator.start(new SimulatorSettings(port, SimulatorSettings.forTests().token(), Optional.empty()),
                PKI, DOCUMENTS);
    }

    private static List<SampleDocument> documents() {
        List<SampleDocument> all = new ArrayList<>(SampleDocuments.all());
        IntStream.range(0, OUTAGE_RECORDS).forEach(i -> all.add(new SampleDocument("000.00.32.H40", "Sở Ngoại vụ tỉnh Mẫu",
                OUTAGE_ISSUED, String.valueOf(1000 + i), "KH-SNgV", "Kế hoạch", "Kế hoạch số " + (1000 + i), "Giám đốc",
                "Nguyễn Văn An", SampleDocument.Status.VALID, Optional.empty(), SampleDocument.Signer.VALID_SIGNER,
                Instant.parse("2025-07-01T02:00:00Z"))));
        return all;
    }

    private static DocumentReference reference(ForeignAffairsRecord record) {
        return fixture.documents.find(record.documents().getFirst().documentId()).orElseThrow();
    }

    private static ForeignAffairsRecord create(String numberSymbol, String issued, Optional<String> dossier) {
        return fixture.records.create(RecordKind.CONFERENCE_PERMIT,
                LinkFixture.permitCiting(numberSymbol, LocalDate.parse(issued), dossier), Optional.empty(), "HTQT", LinkFixture.OFFICER);
    }

    @Test
    void theLinkJobCompletesMetadataStatusAndSignatureEvidence() {
        ForeignAffairsRecord current = create("640/KH-SNgV", "2025-04-02", Optional.of(SampleDossiers.CONFERENCE_PERMIT));
        ForeignAffairsRecord replaced = create("600/KH-SNgV", "2025-03-01", Optional.empty());
        ForeignAffairsRecord revoked = create("35/CV-SNgV", "2025-01-10", Optional.empty());
        ForeignAffairsRecord expired = create("158/BC-SNgV", "2025-06-30", Optional.empty());
        // Typed with the wrong day: found by agency, number, symbol and year, and the date corrected.
        ForeignAffairsRecord misdated = create("296/QĐ-SNgV", "2025-02-15", Optional.empty());
        ForeignAffairsRecord unknown = create("999/KH-SNgV", "2025-01-01", Optional.empty());
        assertEquals(DocumentReference.PENDING, reference(current).linkState(), "saved pending, whatever the system's state");

        fixture.jobs.round();

        DocumentReference linked = reference(current);
        assertEquals(DocumentReference.LINKED, linked.linkState(), linked.lastError().orElse(""));
        assertEquals("valid", linked.status());
        assertEquals(Optional.of("Sở Ngoại vụ tỉnh Mẫu"), linked.agencyName());
        assertTrue(linked.abstractText().orElse("").startsWith("Kế hoạch tổ chức Hội nghị"));
        assertEquals(64, linked.sha256().orElse("").length());
        DocumentReference.SignatureEvidence evidence = linked.signature().orElseThrow();
        assertEquals("valid", evidence.outcome());
        assertEquals(Optional.of(TestPki.VALID_SIGNER_NAME), evidence.signer());
        assertTrue(evidence.certificateSerial().isPresent() && evidence.signedAt().isPresent());

        assertEquals("replaced", reference(replaced).status());
        assertEquals(Optional.of(SampleDocuments.PLAN_2025_REVISED), reference(replaced).replacedBy());
        assertEquals("revoked", reference(revoked).status());
        assertEquals("certificate-expired", reference(expired).signature().orElseThrow().outcome());
        assertEquals(LocalDate.of(2025, 2, 14), reference(misdated).issueDate());
        assertEquals(SampleDocuments.WORKING_GROUP_DECISION, reference(misdated).exchangeId());
        assertEquals(DocumentReference.NOT_FOUND, reference(unknown).linkState());
        assertTrue(reference(unknown).lastError().orElse("").contains("does not know"));

        DossierLink dossier = fixture.dossiers.byCodes(List.of(SampleDossiers.CONFERENCE_PERMIT)).get(SampleDossiers.CONFERENCE_PERMIT);
        assertEquals("linked", dossier.linkState());
        assertTrue(dossier.state().isPresent() && dossier.procedureName().isPresent());
    }

    @Test
    void aRecheckFetchesAndChecksTheFileAgain() {
        ForeignAffairsRecord record = create("486/TB-SNgV", "2025-05-20", Optional.empty());
        fixture.jobs.round();
        Instant firstCheck = reference(record).signature().orElseThrow().checkedAt();
        fixture.clock.advance(Duration.ofMinutes(5));
        assertEquals(DocumentReference.PENDING, fixture.documents.requestRecheck(reference(record).id()).linkState());
        fixture.jobs.round();
        DocumentReference again = reference(record);
        assertEquals(DocumentReference.LINKED, again.linkState());
        assertTrue(again.signature().orElseThrow().checkedAt().isAfter(firstCheck));
    }

    @Test
    void withTheDocumentSystemDownNoRecordIsLostAndEveryLinkCompletesAfterItReturns() throws Exception {
        simulator.close();
        try {
            List<ForeignAffairsRecord> created = new ArrayList<>();
            for (int i = 0; i < OUTAGE_RECORDS; i++) {
                created.add(create((1000 + i) + "/KH-SNgV", OUTAGE_ISSUED.toString(), Optional.empty()));
            }
            fixture.jobs.round();
            for (ForeignAffairsRecord record : created) {
                assertTrue(fixture.records.find(record.id()).isPresent(), "every record is saved");
                DocumentReference ref = reference(record);
                assertEquals(DocumentReference.PENDING, ref.linkState());
                assertTrue(ref.linkAttempts() >= 1 && ref.lastError().isPresent(), "the failed attempt is visible: " + ref);
            }
            assertTrue(fixture.documentQueue.pending() >= OUTAGE_RECORDS);
        } finally {
            simulator = startSimulator();
        }
        Thread.sleep(400); // the breaker's delay (300 ms in the fixture) before it lets a probe through
        for (int round = 0; round < 10 && fixture.documentQueue.pending() > 0; round++) {
            fixture.clock.advance(Duration.ofHours(2)); // past any backoff
            fixture.jobs.round();
        }
        assertEquals(0, fixture.documentQueue.pending());
        for (int i = 0; i < OUTAGE_RECORDS; i++) {
            DocumentReference ref = fixture.documents.list(new vn.ngoaivu.registry.document.DocumentReferences.Filter(
                    Optional.of("000.00.32.H40"), vn.ngoaivu.registry.document.DocumentNumber.parse((1000 + i) + "/KH-SNgV"),
                    Optional.of(2025), Optional.empty(), Optional.empty(), Optional.empty(), 1)).items().getFirst();
            assertEquals(DocumentReference.LINKED, ref.linkState());
            assertEquals("valid", ref.signature().orElseThrow().outcome());
        }
    }

    @Test
    void dossierStatusChangesArriveByPolling() throws Exception {
        create("640/KH-SNgV", "2025-04-02", Optional.of(SampleDossiers.ABTC_CARD));
        fixture.jobs.round();
        assertFalse(fixture.dossiers.byCodes(List.of(SampleDossiers.ABTC_CARD)).get(SampleDossiers.ABTC_CARD).state()
                .equals(Optional.of("withdrawn")));
        HttpResponse<String> changed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(simulator.baseUrl()
                        + "/__simulator/dossiers/" + SampleDossiers.ABTC_CARD + "/status"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"status\":\"withdrawn\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, changed.statusCode(), changed.body());
        fixture.clock.advance(Duration.ofMinutes(2)); // the next poll is due
        fixture.jobs.round();
        assertEquals(Optional.of("withdrawn"),
                fixture.dossiers.byCodes(List.of(SampleDossiers.ABTC_CARD)).get(SampleDossiers.ABTC_CARD).state());
    }
}
