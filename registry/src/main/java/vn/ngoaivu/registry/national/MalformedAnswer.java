package vn.ngoaivu.registry.national;

/**
 * The system answered, but not in the contract's form. Asking again would get the same answer, so it is not
 * retried. The message names the problem, never the content: a hostile document's payload stays out of logs.
 */
public final class MalformedAnswer extends NationalSystemException {

    public enum Kind {
        /** Not well-formed XML or JSON, or not the announced media type. */
        UNPARSEABLE,
        /** Well-formed, but a field is missing, repeated, of the wrong form, or answers another question. */
        SCHEMA,
        /** A DOCTYPE or entity declaration: refused before anything is resolved or expanded. */
        HOSTILE,
        /** Larger than the configured cap; reading stopped there. */
        TOO_LARGE
    }

    private final Kind kind;

    MalformedAnswer(String system, Kind kind, String detail, Throwable cause) {
        super(system, "malformed answer, " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + detail,
                "Hệ thống quốc gia trả về dữ liệu không đúng định dạng.", cause);
        this.kind = kind;
    }

    MalformedAnswer(String system, Kind kind, String detail) {
        this(system, kind, detail, null);
    }

    public Kind kind() {
        return kind;
    }
}
