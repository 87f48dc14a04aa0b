package vn.ngoaivu.simulator.documents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.ngoaivu.simulator.pdf.SignedPdfs;
import vn.ngoaivu.simulator.pki.TestCredential;
import vn.ngoaivu.simulator.pki.TestPki;

/** The simulated document system's store: the sample documents, each with a PDF signed at start-up by the test PKI. */
public final class DocumentArchive {

    private final Map<String, PublishedDocument> byExchangeId = new LinkedHashMap<>();

    public DocumentArchive(List<SampleDocument> documents, TestPki pki) {
        for (SampleDocument document : documents) {
            TestCredential signer = switch (document.signedBy()) {
                case VALID_SIGNER -> pki.validSigner();
                case EXPIRED_SIGNER -> pki.expiredSigner();
            };
            byte[] pdf = SignedPdfs.signed(signer, document.signingTime(),
                    document.typeName() + " " + document.number() + "/" + document.symbol(), document.pdfLines());
            if (byExchangeId.putIfAbsent(document.exchangeId(), PublishedDocument.of(document, pdf)) != null) {
                throw new IllegalArgumentException("two sample documents are " + document.exchangeId());
            }
        }
    }

    public List<PublishedDocument> all() {
        return List.copyOf(byExchangeId.values());
    }

    public Optional<PublishedDocument> byExchangeId(String exchangeId) {
        return Optional.ofNullable(byExchangeId.get(exchangeId));
    }

    /** The lookup by agency, number, symbol and year of issue. */
    public Optional<PublishedDocument> find(String agencyCode, String number, String symbol, int year) {
        return byExchangeId.values().stream()
                .filter(p -> p.document().agencyCode().equals(agencyCode) && p.document().number().equals(number)
                        && p.document().symbol().equals(symbol) && p.document().issued().getYear() == year)
                .findFirst();
    }
}
