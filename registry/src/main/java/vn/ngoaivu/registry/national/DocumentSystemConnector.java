package vn.ngoaivu.registry.national;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * The electronic document system (hệ thống quản lý văn bản và điều hành), as docs/national-systems.md describes
 * it: metadata by exchange identifier or by agency, number, symbol and year, and the signed PDF.
 *
 * <p>Every method throws {@link NationalSystemUnavailable} (try later), {@link NationalSystemRejected} (fix the
 * configuration) or {@link MalformedAnswer} (the adapter breaks the contract).
 */
public final class DocumentSystemConnector {

    private static final String XML = "application/xml";
    private static final String PDF = "application/pdf";
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};

    private final ResilientHttp http;
    private final DocumentMetadataXml metadata;

    public DocumentSystemConnector(ResilientHttp http) {
        this.http = http;
        this.metadata = new DocumentMetadataXml(http.system());
    }

    /** {@code GET {base}/documents/{exchangeId}}; empty when the system does not know the identifier. */
    public Optional<DocumentMetadata> byIdentifier(String exchangeId) {
        Optional<DocumentMetadata> found = http.get(List.of("documents", exchangeId), XML, maxAnswerBytes())
                .map(answer -> metadata.read(answer.body()));
        found.ifPresent(d -> requireAnswerTo(d.exchangeId().equals(exchangeId), "another exchange identifier"));
        return found;
    }

    /** {@code GET {base}/documents?agency=…&number=…&symbol=…&year=…}; empty when no such document. */
    public Optional<DocumentMetadata> byNumber(String agencyCode, String number, String symbol, int year) {
        requireText(agencyCode, "agency code");
        requireText(number, "number");
        requireText(symbol, "symbol");
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("not a document year: " + year);
        }
        Map<String, String> query = Map.of("agency", agencyCode, "number", number, "symbol", symbol,
                "year", Integer.toString(year));
        Optional<DocumentMetadata> found = http.get(List.of("documents"), query, XML, maxAnswerBytes())
                .map(answer -> metadata.read(answer.body()));
        found.ifPresent(d -> requireAnswerTo(d.agencyCode().equals(agencyCode) && d.number().equals(number)
                && d.symbol().equals(symbol) && d.issueDate().getYear() == year, "another document number"));
        return found;
    }

    /**
     * {@code GET {base}/documents/{exchangeId}/file}: the signed PDF, at most the configured file size.
     *
     * @throws DocumentFileMissing when the system has no file for this identifier
     */
    public byte[] signedFile(String exchangeId) {
        byte[] pdf = http.get(List.of("documents", exchangeId, "file"), PDF, http.settings().maxFileBytes())
                .orElseThrow(() -> new DocumentFileMissing(http.system(), exchangeId))
                .body();
        if (pdf.length < PDF_MAGIC.length || !Arrays.equals(pdf, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
            throw new MalformedAnswer(http.system(), MalformedAnswer.Kind.UNPARSEABLE, "the file is not a PDF");
        }
        return pdf;
    }

    private int maxAnswerBytes() {
        return http.settings().maxAnswerBytes();
    }

    /** An adapter that answers with another document than the one asked for must not be believed. */
    private void requireAnswerTo(boolean matches, String what) {
        if (!matches) {
            throw new MalformedAnswer(http.system(), MalformedAnswer.Kind.SCHEMA, "the answer describes " + what);
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a document lookup needs the " + what);
        }
    }
}
