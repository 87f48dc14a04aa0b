package vn.ngoaivu.registry.national;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.w3c.dom.Element;

/**
 * Reads the document system's metadata answer (docs/national-systems.md) into {@link DocumentMetadata}, checking
 * what the contract promises: every field present, an ISO date, a known status, a replacement exactly when
 * replaced, a SHA-256 digest, and an exchange identifier that agrees with the agency, date, number and symbol.
 */
final class DocumentMetadataXml {

    private static final DateTimeFormatter EXCHANGE_DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd", Locale.ROOT);

    private final String system;
    private final SafeXml xml;

    DocumentMetadataXml(String system) {
        this.system = system;
        this.xml = new SafeXml(system);
    }

    DocumentMetadata read(byte[] answer) {
        Element root = xml.parse(answer).getDocumentElement();
        if (!"edXMLEnvelope".equals(root.getLocalName())) {
            throw schema("root element is " + root.getLocalName() + ", not edXMLEnvelope");
        }
        Element header = xml.required(xml.required(root, "edXMLHeader"), "MessageHeader");
        Element from = xml.required(header, "From");
        Element code = xml.required(header, "Code");
        Element signer = xml.required(header, "SignerInfo");

        String exchangeId = xml.requiredText(header, "DocumentId");
        String agencyCode = xml.requiredText(from, "OrganId");
        String number = xml.requiredText(code, "CodeNumber");
        String symbol = xml.requiredText(code, "CodeNotation");
        LocalDate issueDate = date(xml.requiredText(xml.required(header, "PromulgationInfo"), "PromulgationDate"));
        if (!exchangeId.equals(agencyCode + "," + EXCHANGE_DATE.format(issueDate) + "," + number + "/" + symbol)) {
            throw schema("DocumentId does not match the agency, date, number and symbol");
        }
        DocumentState state = state(xml.requiredText(header, "Status"));
        Optional<String> replacedBy = xml.text(header, "ReplacedBy");
        if ((state == DocumentState.REPLACED) != replacedBy.isPresent()) {
            throw schema("ReplacedBy must be given exactly when the status is replaced");
        }
        return new DocumentMetadata(exchangeId, agencyCode, xml.requiredText(from, "OrganName"), number, symbol,
                issueDate, xml.requiredText(xml.required(header, "DocumentType"), "TypeName"),
                xml.requiredText(header, "Subject"), xml.requiredText(signer, "FullName"),
                xml.requiredText(signer, "Position"), state, replacedBy, digest(xml.required(header, "FileDigest")));
    }

    private LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw schema("PromulgationDate is not an ISO date (yyyy-MM-dd)");
        }
    }

    private DocumentState state(String text) {
        return Arrays.stream(DocumentState.values())
                .filter(s -> s.name().toLowerCase(Locale.ROOT).equals(text))
                .findFirst()
                .orElseThrow(() -> schema("unknown Status (expected valid, replaced or revoked)"));
    }

    private String digest(Element fileDigest) {
        String algorithm = fileDigest.getAttribute("algorithm");
        if (!algorithm.isEmpty() && !algorithm.equalsIgnoreCase("SHA-256")) {
            throw schema("FileDigest algorithm is not SHA-256");
        }
        String hex = fileDigest.getTextContent().strip();
        if (!hex.matches("[0-9a-fA-F]{64}")) {
            throw schema("FileDigest is not 64 hexadecimal digits");
        }
        return hex.toLowerCase(Locale.ROOT);
    }

    private MalformedAnswer schema(String detail) {
        return new MalformedAnswer(system, MalformedAnswer.Kind.SCHEMA, detail);
    }
}
