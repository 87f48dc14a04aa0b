package vn.ngoaivu.gateway.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers tokens that passed verification until they expire, so that a client sending the same token
 * on every request pays for the signature check once, not every time (an RS256 check costs about 50 µs,
 * more than a cheap route's whole work). Only successes are cached, keyed by the whole token; an entry
 * ends at the token's own expiry. A token stays accepted until then even if its key leaves the JWKS —
 * as with any locally verified JWT, whose lifetime Keycloak keeps short (5 minutes).
 */
public final class CachingTokenVerifier implements TokenVerifier {

    private final TokenVerifier verifier;
    private final Clock clock;
    private final int maxEntries;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    public CachingTokenVerifier(TokenVerifier verifier, Clock clock, int maxEntries) {
        this.verifier = verifier;
        this.clock = clock;
        this.maxEntries = maxEntries;
    }

    @Override
    public Verified check(String bearerToken) {
        Instant now = clock.instant();
        Verified cached = verified.get(bearerToken);
        if (cached != null) {
            if (now.isBefore(cached.expiresAt())) {
                return cached;
            }
            verified.remove(bearerToken, cached);
        }
        Verified fresh = verifier.check(bearerToken);
        if (verified.size() >= maxEntries) {
            verified.values().removeIf(entry -> !now.isBefore(entry.expiresAt()));
            if (verified.size() >= maxEntries) {
                // Still full of live tokens: start afresh rather than grow; they are checked again once.
                verified.clear();
            }
        }
        verified.put(bearerToken, fresh);
        return fresh;
    }

    int size() {
        return verified.size();
    }
}
