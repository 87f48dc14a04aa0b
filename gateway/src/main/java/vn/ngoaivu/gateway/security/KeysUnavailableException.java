package vn.ngoaivu.gateway.security;

/** No signing keys could be obtained from the issuer and none are cached: fail closed (503). */
public final class KeysUnavailableException extends RuntimeException {

    public KeysUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
