package vn.ngoaivu.registry.national;

/** A dossier event posted to the platform that is not accepted; the reason decides the answer (401 or 400). */
public final class PortalCallbackRejected extends RuntimeException {

    public enum Reason {
        /** X-Portal-Timestamp or X-Portal-Signature missing or not in the contract's form. */
        MISSING_HEADERS,
        /** The HMAC does not match: not from the portal, or altered on the way. */
        BAD_SIGNATURE,
        /** Signed more than five minutes before or after now: possibly replayed. */
        STALE,
        /** Signed correctly, but not a dossier the contract describes. */
        MALFORMED_BODY
    }

    private final Reason reason;

    PortalCallbackRejected(Reason reason, String detail) {
        super("portal callback rejected, " + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": "
                + detail, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
