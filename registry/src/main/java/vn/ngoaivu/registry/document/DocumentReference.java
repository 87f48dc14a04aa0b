package vn.ngoaivu.registry.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A signed official document as the registry knows it: the metadata the document-work rules require, its state in
 * the document system, and the evidence of the last check of its signatures.
 *
 * @param linkState {@link #PENDING} until the document system confirmed it and its file was checked, then
 *                  {@link #LINKED}; {@link #NOT_FOUND} when the system does not know it
 * @param lastError why the last attempt to link did not complete, for officers
 */
public record DocumentReference(UUID id, String agencyCode, Optional<String> agencyName, String number, String symbol,
                                LocalDate issueDate, String documentType, Optional<String> abstractText,
                                Optional<String> signerName, Optional<String> signerPosition, String exchangeId,
                                Optional<String> sha256, String status, Optional<String> replacedBy, String linkState,
                                int linkAttempts, Optional<String> lastError, Optional<Instant> linkedAt,
                                Optional<SignatureEvidence> signature) {

    public static final String PENDING = "pending";
    public static final String LINKED = "linked";
    public static final String NOT_FOUND = "not-found";

    /** The number and symbol as written: {@code 600/KH-SNgV}. */
    public String numberSymbol() {
        return number + "/" + symbol;
    }

    /**
     * The result of the last signature check of the signed file.
     *
     * @param outcome  the overall outcome (valid, modified, untrusted, certificate-expired, ...)
     * @param detail   the per-signature result as JSON text
     */
    public record SignatureEvidence(String outcome, Optional<String> signer, Optional<String> certificateSerial,
                                    Optional<Instant> signedAt, Instant checkedAt, String detail) {
    }
}
