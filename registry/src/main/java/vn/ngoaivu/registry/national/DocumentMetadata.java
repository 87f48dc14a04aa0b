package vn.ngoaivu.registry.national;

/**
 * A document as the electronic document system describes it (edXML message header, plus our extensions).
 *
 * @param exchangeId     {@code {agencyCode},{yyyy/MM/dd},{number}/{symbol}}
 * @param replacedBy     the replacing document's exchange identifier, when {@code state} is REPLACED
 * @param sha256         the signed file's SHA-256, 64 lower-case hex digits
 */
public record DocumentMetadata(String exchangeId, String agencyCode, String agencyName, String number, String symbol,
                               java.time.LocalDate issueDate, String typeName, String abstractText, String signerName,
                               String signerPosition, DocumentState state, java.util.Optional<String> replacedBy,
                               String sha256) {
}
