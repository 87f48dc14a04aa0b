package vn.ngoaivu.gateway.security;

import java.time.Instant;

/** Turns a bearer token into a {@link Caller}, or refuses it. Implementations are thread-safe. */
public interface TokenVerifier {

    /** A token that passed every check, and until when it is valid. */
    record Verified(Caller caller, Instant expiresAt) {
    }

    /**
     * @throws InvalidTokenException       the token is not acceptable (signature, issuer, audience, expiry, algorithm)
     * @throws KeysUnavailableException    no signing key can be had to check it (issuer down and nothing cached):
     *                                     the caller fails closed with 503
     */
    Verified check(String bearerToken);

    default Caller verify(String bearerToken) {
        return check(bearerToken).caller();
    }
}
