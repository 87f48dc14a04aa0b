package vn.ngoaivu.registry.document.signature;

/**
 * What a signature check found, from best to worst: a document's overall outcome is the worst of its signatures'
 * ({@link #worse}).
 */
public enum SignatureOutcome {
    /** Intact, covers the file, made with a certificate of a trusted CA that was valid when it signed. */
    VALID,
    /** A PDF without any signature. */
    NOT_SIGNED,
    /** The signer's certificate (or one above it) was expired or not yet valid at the signing time. */
    CERTIFICATE_EXPIRED,
    /** No chain to a trusted CA, or a certificate that may not sign documents. */
    UNTRUSTED,
    /** A signature format or algorithm this verifier does not check (e.g. SHA-1, several signers in one CMS). */
    UNSUPPORTED,
    /** Intact, but bytes were added after signing that no signature covers. */
    NOT_COVERING_WHOLE_FILE,
    /** The signed bytes or the signature itself were changed, or the signature is damaged. */
    MODIFIED,
    /** Not a PDF, an incomplete (truncated) or unreadable one, or one over the size limit. */
    NOT_A_PDF;

    public SignatureOutcome worse(SignatureOutcome other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
