package vn.ngoaivu.gateway.security;

/** A bearer token that must be refused (401). The message says why, for the log and the problem detail. */
public final class InvalidTokenException extends RuntimeException {

    public InvalidTokenException(String message) {
        super(message, null, false, false);
    }
}
