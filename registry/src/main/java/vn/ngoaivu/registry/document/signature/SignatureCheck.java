package vn.ngoaivu.registry.document.signature;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of checking the signatures of one PDF.
 *
 * @param outcome    the worst outcome of the signatures; NOT_SIGNED or NOT_A_PDF when there are none
 * @param reason     why, for people: the worst signature's reason, or the document's
 * @param signatures one entry per signature, in the document's order (oldest revision first, as PDFBox lists them)
 * @param checkedAt  when the check ran
 */
public record SignatureCheck(SignatureOutcome outcome, Reason reason, List<Signature> signatures,
                             Instant checkedAt) {

    public SignatureCheck {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        signatures = List.copyOf(signatures);
        Objects.requireNonNull(checkedAt, "checkedAt");
    }

    /** A short explanation in Vietnamese, with the English alongside. */
    public record Reason(String vi, String en) {
        public Reason {
            Objects.requireNonNull(vi, "vi");
            Objects.requireNonNull(en, "en");
        }
    }

    /**
     * One signature.
     *
     * @param signerName        the common name (CN) of the signer's certificate; empty when the signature carries
     *                          no readable certificate
     * @param certificateSerial the serial number of the signer's certificate, upper-case hexadecimal
     * @param signingTime       the CMS signingTime attribute, else the signature dictionary's /M; the signer's own
     *                          claim (no time-stamp is checked)
     * @param outcome           this signature's outcome
     * @param reason            why
     */
    public record Signature(Optional<String> signerName, Optional<String> certificateSerial,
                            Optional<Instant> signingTime, SignatureOutcome outcome, Reason reason) {
        public Signature {
            Objects.requireNonNull(signerName, "signerName");
            Objects.requireNonNull(certificateSerial, "certificateSerial");
            Objects.requireNonNull(signingTime, "signingTime");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** A check that found no signature to look at (NOT_SIGNED, NOT_A_PDF, ...). */
    static SignatureCheck withoutSignatures(SignatureOutcome outcome, Reason reason, Instant checkedAt) {
        return new SignatureCheck(outcome, reason, List.of(), checkedAt);
    }

    /** The worst of {@code signatures} (at least one) decides. */
    static SignatureCheck of(List<Signature> signatures, Instant checkedAt) {
        Signature worst = signatures.getFirst();
        for (Signature signature : signatures) {
            if (worst.outcome().worse(signature.outcome()) != worst.outcome()) {
                worst = signature;
            }
        }
        return new SignatureCheck(worst.outcome(), worst.reason(), signatures, checkedAt);
    }
}
