package vn.ngoaivu.simulator.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A made-up document of the sample Department, as the simulated document system describes it.
 *
 * @param agencyCode     the issuing agency's code in the national list of agency codes, e.g. 000.00.32.H40
 * @param agencyName     the issuing agency's name
 * @param issued         promulgation date
 * @param number         the number, e.g. 600
 * @param symbol         the symbol (ký hiệu), e.g. KH-SNgV
 * @param typeName       document type, e.g. Kế hoạch
 * @param subject        trích yếu
 * @param signerPosition the signer's position, e.g. Giám đốc
 * @param signerName     the signer's full name
 * @param status         valid, replaced or revoked
 * @param replacedBy     the exchange identifier of the replacing document, only when {@code status} is replaced
 * @param signedBy       which test signer signs the PDF
 * @param signingTime    the signing time written into the signature
 */
public record SampleDocument(String agencyCode, String agencyName, LocalDate issued, String number, String symbol,
                             String typeName, String subject, String signerPosition, String signerName,
                             Status status, Optional<String> replacedBy, Signer signedBy, Instant signingTime) {

    private static final DateTimeFormatter ID_DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");

    /** The extension element {@code edXML:Status}. */
    public enum Status {
        VALID("valid"), REPLACED("replaced"), REVOKED("revoked");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** The test signers of {@link vn.ngoaivu.simulator.pki.TestPki} a sample document can be signed by. */
    public enum Signer {
        VALID_SIGNER, EXPIRED_SIGNER
    }

    public SampleDocument {
        Objects.requireNonNull(status, "status");
        if (replacedBy.isPresent() != (status == Status.REPLACED)) {
            throw new IllegalArgumentException("replacedBy is given exactly when the status is replaced");
        }
    }

    /** {@code {agencyCode},{yyyy/MM/dd},{number}/{symbol}}, e.g. 000.00.32.H40,2025/03/01,600/KH-SNgV. */
    public String exchangeId() {
        return agencyCode + "," + ID_DATE.format(issued) + "," + number + "/" + symbol;
    }

    /** The text lines of the sample PDF. */
    public List<String> pdfLines() {
        return List.of(agencyName, "So: " + number + "/" + symbol + "    Ngay: " + issued,
                "Trich yeu: " + subject, signerPosition + ": " + signerName,
                "Ma trao doi: " + exchangeId());
    }
}
