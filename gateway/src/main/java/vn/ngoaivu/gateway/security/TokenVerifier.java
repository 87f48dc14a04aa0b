package vn.ngoaivu.gateway.security;

/** Turns a bearer token into a {@link Caller}, or refuses it. Implementations are thread-safe. */
public interface TokenVerifier {

    /**
     * @throws InvalidTokenException       the token is not acceptable (signature, issuer, audience, expiry, algorithm)
     * @throws KeysUnavailableException    no signing key can be had to check it (issuer down and nothing cached):
     *                                     the caller fails closed with 503
     */
    Caller verify(String bearerToken);
}
