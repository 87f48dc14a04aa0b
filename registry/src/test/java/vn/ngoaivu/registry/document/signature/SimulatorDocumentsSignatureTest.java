package vn.ngoaivu.registry.document.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.ngoaivu.simulator.documents.DocumentArchive;
import vn.ngoaivu.simulator.documents.PublishedDocument;
import vn.ngoaivu.simulator.documents.SampleDocuments;
import vn.ngoaivu.simulator.pki.TestPki;

/** The simulator's sample PDFs verify as the simulator's README says they should. */
class SimulatorDocumentsSignatureTest {

    @Test
    void theSamplePdfsAreValidButTheOneSignedWithAnExpiredCertificate() {
        TestPki pki = TestPki.generate();
        DocumentArchive archive = new DocumentArchive(SampleDocuments.all(), pki);
        PdfSignatureVerifier verifier =
                new PdfSignatureVerifier(TrustedCertificates.of(List.of(pki.trustedCa().certificate())));

        Map<String, SignatureOutcome> outcomes = archive.all().stream().collect(Collectors.toMap(
                PublishedDocument::exchangeId, document -> verifier.verify(document.pdf()).outcome()));

        assertEquals(6, outcomes.size());
        outcomes.forEach((id, outcome) -> assertEquals(
                id.equals(SampleDocuments.REPORT_EXPIRED_SIGNATURE)
                        ? SignatureOutcome.CERTIFICATE_EXPIRED : SignatureOutcome.VALID, outcome, id));
    }
}
