package vn.ngoaivu.registry.national;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentSystemConnectorTest extends ConnectorResilienceContract {

    static final String ID = "000.00.32.H40,2025/03/01,600/KH-SNgV";
    static final String ID_ENCODED = "000.00.32.H40%2C2025%2F03%2F01%2C600%2FKH-SNgV";
    static final String REPLACEMENT = "000.00.32.H40,2025/04/02,640/KH-SNgV";
    static final String DIGEST = "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08";

    @Override
    protected String basePath() {
        return "/edoc";
    }

    @Override
    protected Optional<?> lookup(ResilientHttp http, String id) {
        return new DocumentSystemConnector(http).byIdentifier(id);
    }

    @Override
    protected String lookupPath(String encodedId) {
        return "/edoc/documents/" + encodedId;
    }

    @Override
    protected String knownId() {
        return ID;
    }

    @Override
    protected String knownIdEncoded() {
        return ID_ENCODED;
    }

    @Override
    protected ResponseDefinitionBuilder goodAnswer() {
        return xml(metadata("valid", ""));
    }

    @Override
    protected ResponseDefinitionBuilder malformedAnswer() {
        return xml("<edXML:edXMLEnvelope xmlns:edXML=\"urn:ngoaivu:national:edxml\"><edXML:edXMLHeader>");
    }

    DocumentSystemConnector connector() {
        return new DocumentSystemConnector(http());
    }

    @Test
    void readsEveryFieldOfTheMetadata() {
        stubKnown(goodAnswer());
        DocumentMetadata d = connector().byIdentifier(ID).orElseThrow();
        assertEquals(ID, d.exchangeId());
        assertEquals("000.00.32.H40", d.agencyCode());
        assertEquals("Sở Ngoại vụ tỉnh Mẫu", d.agencyName());
        assertEquals("600", d.number());
        assertEquals("KH-SNgV", d.symbol());
        assertEquals(LocalDate.of(2025, 3, 1), d.issueDate());
        assertEquals("Kế hoạch", d.typeName());
        assertEquals("Kế hoạch tổ chức Hội nghị kết nối chuyên gia năm 2025", d.abstractText());
        assertEquals("Nguyễn Văn An", d.signerName());
        assertEquals("Giám đốc", d.signerPosition());
        assertEquals(DocumentState.VALID, d.state());
        assertEquals(Optional.empty(), d.replacedBy());
        assertEquals(DIGEST.toLowerCase(), d.sha256(), "stored in lower case");
        server.verify(getRequestedFor(urlEqualTo(knownPath())).withHeader("Accept", com.github.tomakehurst.wiremock
                .client.WireMock.equalTo("application/xml")));
    }

    @Test
    void replacedDocumentNamesItsReplacement() {
        stubKnown(xml(metadata("replaced", "<edXML:ReplacedBy>" + REPLACEMENT + "</edXML:ReplacedBy>")));
        DocumentMetadata d = connector().byIdentifier(ID).orElseThrow();
        assertEquals(DocumentState.REPLACED, d.state());
        assertEquals(Optional.of(REPLACEMENT), d.replacedBy());
    }

    @Test
    void revokedDocument() {
        stubKnown(xml(metadata("revoked", "")));
        DocumentMetadata d = connector().byIdentifier(ID).orElseThrow();
        assertEquals(DocumentState.REVOKED, d.state());
        assertEquals(Optional.empty(), d.replacedBy());
    }

    @Test
    void anotherPrefixAndNamespaceAreStillRead() {
        String other = metadata("valid", "").replace("edXML:", "x:").replace("xmlns:edXML=\"urn:ngoaivu:national:edxml\"",
                "xmlns:x=\"http://adapter.example/edxml/2016\"");
        stubKnown(xml(other));
        assertEquals("Nguyễn Văn An", connector().byIdentifier(ID).orElseThrow().signerName());
    }

    @Test
    void looksUpByNumberWithEncodedQuery() {
        String symbol = "QĐ-UBND & co";
        String id = "000.00.32.H40,2025/03/01,600/" + symbol;
        String body = metadata("valid", "").replace("KH-SNgV", symbol.replace("&", "&amp;"));
        server.stubFor(get(urlPathEqualTo("/edoc/documents")).willReturn(xml(body)));
        DocumentMetadata d = connector().byNumber("000.00.32.H40", "600", symbol, 2025).orElseThrow();
        assertEquals(id, d.exchangeId());
        assertEquals(symbol, d.symbol());
        var request = server.getAllServeEvents().getFirst().getRequest();
        assertTrue(request.getUrl().startsWith("/edoc/documents?"), request.getUrl());
        // The ampersand and space are escaped: the symbol cannot add a parameter of its own.
        assertTrue(request.getUrl().matches(".*[?&]symbol=Q%C4%90-UBND%20%26%20co(&.*)?"), request.getUrl());
        assertEquals(symbol, request.queryParameter("symbol").firstValue());
        assertEquals("000.00.32.H40", request.queryParameter("agency").firstValue());
        assertEquals("600", request.queryParameter("number").firstValue());
        assertEquals("2025", request.queryParameter("year").firstValue());
        assertEquals(4, request.getQueryParams().size());
    }

    @Test
    void byNumberUnknownIsEmpty() {
        server.stubFor(get(urlPathEqualTo("/edoc/documents")).willReturn(aResponse().withStatus(404)));
        assertEquals(Optional.empty(), connector().byNumber("000.00.32.H40", "601", "KH-SNgV", 2025));
    }

    @Test
    void byNumberAnsweredWithAnotherDocumentIsMalformed() {
        server.stubFor(get(urlPathEqualTo("/edoc/documents")).willReturn(goodAnswer()));
        var e = assertThrows(MalformedAnswer.class, () -> connector().byNumber("000.00.32.H40", "600", "KH-SNgV", 2024));
        assertEquals(MalformedAnswer.Kind.SCHEMA, e.kind());
    }

    @Test
    void answerAboutAnotherIdentifierIsMalformed() {
        String other = "000.00.32.H40,2025/03/01,601/KH-SNgV";
        server.stubFor(get(urlEqualTo("/edoc/documents/000.00.32.H40%2C2025%2F03%2F01%2C601%2FKH-SNgV"))
                .willReturn(goodAnswer()));
        var e = assertThrows(MalformedAnswer.class, () -> connector().byIdentifier(other));
        assertTrue(e.getMessage().contains("another exchange identifier"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<edXML:FileDigest algorithm=\"SHA-256\">" + DIGEST + "</edXML:FileDigest>|",
            "<edXML:FileDigest algorithm=\"SHA-256\">" + DIGEST + "</edXML:FileDigest>|<edXML:FileDigest>abc</edXML:FileDigest>",
            "<edXML:FileDigest algorithm=\"SHA-256\">" + DIGEST + "</edXML:FileDigest>|<edXML:FileDigest algorithm=\"MD5\">"
                    + DIGEST + "</edXML:FileDigest>",
            "<edXML:Status>valid</edXML:Status>|<edXML:Status>archived</edXML:Status>",
            "<edXML:Status>valid</edXML:Status>|<edXML:Status>VALID</edXML:Status>",
            "<edXML:Status>valid</edXML:Status>|<edXML:Status>valid</edXML:Status><edXML:ReplacedBy>x</edXML:ReplacedBy>",
            "2025-03-01|01/03/2025",
            "<edXML:FullName>Nguyễn Văn An</edXML:FullName>|<edXML:FullName>  </edXML:FullName>",
            "<edXML:OrganId>000.00.32.H40</edXML:OrganId>|<edXML:OrganId>000.00.32.H41</edXML:OrganId>",
            "<edXML:Subject>|<edXML:Subject><edXML:b>x</edXML:b>",
            "<edXML:Code>|<edXML:Code><edXML:CodeNumber>1</edXML:CodeNumber>",
            "edXMLEnvelope|Envelope"})
    void answerBreakingTheSchemaIsMalformed(String replacement) {
        String[] parts = replacement.split("\\|", -1);
        String body = metadata("valid", "").replace(parts[0], parts[1]);
        assertFalse(body.equals(metadata("valid", "")), "the replacement changed nothing");
        stubKnown(xml(body));
        var e = assertThrows(MalformedAnswer.class, () -> connector().byIdentifier(ID));
        assertEquals(MalformedAnswer.Kind.SCHEMA, e.kind(), e.getMessage());
        assertEquals(1, requestsTo(knownPath()));
    }

    @Test
    void replacedWithoutReplacementIsMalformed() {
        stubKnown(xml(metadata("replaced", "")));
        assertEquals(MalformedAnswer.Kind.SCHEMA,
                assertThrows(MalformedAnswer.class, () -> connector().byIdentifier(ID)).kind());
    }

    @Test
    void externalEntityNeverReadsALocalFile(@TempDir Path dir) throws Exception {
        String secret = "SECRET-" + UUID.randomUUID();
        Path file = Files.writeString(dir.resolve("secret.txt"), secret);
        String body = "<?xml version=\"1.0\"?>\n<!DOCTYPE e [<!ENTITY xxe SYSTEM \"" + file.toUri() + "\">]>\n"
                + metadata("valid", "").replace("Kế hoạch tổ chức", "&xxe;");
        stubKnown(xml(body));
        var e = assertThrows(MalformedAnswer.class, () -> connector().byIdentifier(ID));
        assertEquals(MalformedAnswer.Kind.HOSTILE, e.kind());
        assertSecretAbsent(secret, e);
        assertEquals(1, requestsTo(knownPath()));
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        stubKnown(xml(dtd + metadata("valid", "").replace("Giám đốc", "&lol9;")));
        var e = assertThrows(MalformedAnswer.class, () -> connector().byIdentifier(ID));
        assertEquals(MalformedAnswer.Kind.HOSTILE, e.kind());
    }

    @Test
    void signedFileIsReturned() {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        server.stubFor(get(urlEqualTo(knownPath() + "/file")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf").withBody(pdf)));
        assertArrayEquals(pdf, connector().signedFile(ID));
        server.verify(getRequestedFor(urlEqualTo(knownPath() + "/file")).withHeader("Authorization",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + TOKEN)));
    }

    @Test
    void missingSignedFileThrows() {
        server.stubFor(get(urlEqualTo(knownPath() + "/file")).willReturn(aResponse().withStatus(404)));
        var e = assertThrows(DocumentFileMissing.class, () -> connector().signedFile(ID));
        assertEquals(ID, e.exchangeId());
    }

    @Test
    void signedFileOfAnotherTypeIsMalformed() {
        server.stubFor(get(urlEqualTo(knownPath() + "/file")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html>login</html>")));
        assertEquals(MalformedAnswer.Kind.UNPARSEABLE,
                assertThrows(MalformedAnswer.class, () -> connector().signedFile(ID)).kind());
    }

    @Test
    void signedFileThatIsNoPdfIsMalformed() {
        server.stubFor(get(urlEqualTo(knownPath() + "/file")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf").withBody("<html>login</html>")));
        var e = assertThrows(MalformedAnswer.class, () -> connector().signedFile(ID));
        assertTrue(e.getMessage().contains("not a PDF"), e.getMessage());
    }

    @Test
    void signedFileOverItsCapIsRefused() {
        // The file cap (256 KiB here) is not the metadata cap (64 KiB): a 100 KiB file passes, a larger one does not.
        byte[] fits = pdfOf(100 * 1024);
        server.stubFor(get(urlEqualTo(knownPath() + "/file")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf").withBody(fits)));
        assertEquals(fits.length, connector().signedFile(ID).length);

        server.stubFor(get(urlEqualTo(knownPath() + "/file")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf").withBody(pdfOf(settings().maxFileBytes() + 1))));
        assertEquals(MalformedAnswer.Kind.TOO_LARGE,
                assertThrows(MalformedAnswer.class, () -> connector().signedFile(ID)).kind());
    }

    @Test
    void refusesNonsenseLookupsBeforeCalling() {
        assertThrows(IllegalArgumentException.class, () -> connector().byNumber(" ", "600", "KH-SNgV", 2025));
        assertThrows(IllegalArgumentException.class, () -> connector().byNumber("000.00.32.H40", "600", "KH-SNgV", 25));
        assertEquals(0, server.getAllServeEvents().size());
    }

    static void assertSecretAbsent(String secret, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(secret), "secret in " + t);
            for (Throwable s : t.getSuppressed()) {
                assertFalse(String.valueOf(s.getMessage()).contains(secret), "secret in " + s);
            }
        }
        if (e instanceof NationalSystemException n) {
            assertFalse(n.vietnamese().contains(secret));
        }
    }

    private static byte[] pdfOf(int size) {
        byte[] pdf = new byte[size];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 5);
        return pdf;
    }

    static ResponseDefinitionBuilder xml(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/xml; charset=UTF-8")
                .withBody(body.getBytes(StandardCharsets.UTF_8));
    }

    /** The contract's example; {@code extension} goes after Status. */
    static String metadata(String status, String extension) {
        return """
                <edXML:edXMLEnvelope xmlns:edXML="urn:ngoaivu:national:edxml">
                  <edXML:edXMLHeader>
                    <edXML:MessageHeader>
                      <edXML:From>
                        <edXML:OrganId>000.00.32.H40</edXML:OrganId>
                        <edXML:OrganName>Sở Ngoại vụ tỉnh Mẫu</edXML:OrganName>
                      </edXML:From>
                      <edXML:DocumentId>000.00.32.H40,2025/03/01,600/KH-SNgV</edXML:DocumentId>
                      <edXML:Code>
                        <edXML:CodeNumber>600</edXML:CodeNumber>
                        <edXML:CodeNotation>KH-SNgV</edXML:CodeNotation>
                      </edXML:Code>
                      <edXML:PromulgationInfo>
                        <edXML:PromulgationDate>2025-03-01</edXML:PromulgationDate>
                      </edXML:PromulgationInfo>
                      <edXML:DocumentType>
                        <edXML:TypeName>Kế hoạch</edXML:TypeName>
                      </edXML:DocumentType>
                      <edXML:Subject>Kế hoạch tổ chức Hội nghị kết nối chuyên gia năm 2025</edXML:Subject>
                      <edXML:SignerInfo>
                        <edXML:Position>Giám đốc</edXML:Position>
                        <edXML:FullName>Nguyễn Văn An</edXML:FullName>
                      </edXML:SignerInfo>
                      <edXML:Status>%s</edXML:Status>%s
                      <edXML:FileDigest algorithm="SHA-256">%s</edXML:FileDigest>
                    </edXML:MessageHeader>
                  </edXML:edXMLHeader>
                </edXML:edXMLEnvelope>
                """.formatted(status, extension, DIGEST);
    }
}
