package vn.ngoaivu.registry.national;

/**
 * A call to a national system that gave no usable answer. The English message (with the system's name) is for
 * logs; {@link #vietnamese()} is the short text an officer may see beside a pending link.
 */
public abstract sealed class NationalSystemException extends RuntimeException
        permits NationalSystemUnavailable, MalformedAnswer, NationalSystemRejected, DocumentFileMissing {

    private final String system;
    private final String vietnamese;

    NationalSystemException(String system, String english, String vietnamese, Throwable cause) {
        super(system + ": " + english, cause);
        this.system = system;
        this.vietnamese = vietnamese;
    }

    /** The configured name of the system that was called. */
    public String system() {
        return system;
    }

    /** The same failure in Vietnamese, without technical detail. */
    public String vietnamese() {
        return vietnamese;
    }
}
