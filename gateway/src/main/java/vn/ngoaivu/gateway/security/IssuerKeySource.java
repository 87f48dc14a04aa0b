package vn.ngoaivu.gateway.security;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSetCacheRefreshEvaluator;
import com.nimbusds.jose.jwk.source.JWKSetParseException;
import com.nimbusds.jose.jwk.source.JWKSetRetrievalException;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSetUnavailableException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The bottom of the key chain: one HTTP fetch of the issuer's JWKS, kept only if it holds usable signing keys.
 * <p>
 * Anything else (HTTP error, HTML, malformed JSON, {@code {"keys":[]}}, only encryption keys) is reported as
 * {@link JWKSetUnavailableException}, which nimbus's outage-tolerant cache above treats as an outage: the keys
 * fetched before stay in use. A JWKS that parses but holds no usable key therefore never replaces good keys.
 * <p>
 * It also remembers the last good set for {@link #lastKnownGood}, the failover used when the nimbus chain refuses
 * to fetch (rate limit reached, or timed out waiting for another request's fetch).
 */
final class IssuerKeySource implements JWKSetSource<SecurityContext> {

    /** RSA keys shorter than this are not trusted for signatures. */
    static final int MIN_RSA_BITS = 2048;

    private static final Set<Curve> CURVES = Set.of(Curve.P_256, Curve.P_384, Curve.P_521);

    private record Snapshot(JWKSet keys, long fetchedAtMillis) {
    }

    private final URL url;
    private final ResourceRetriever retriever;
    private volatile Snapshot lastGood;

    IssuerKeySource(URL url, ResourceRetriever retriever) {
        this.url = Objects.requireNonNull(url);
        this.retriever = Objects.requireNonNull(retriever);
    }

    @Override
    public JWKSet getJWKSet(JWKSetCacheRefreshEvaluator refreshEvaluator, long currentTime, SecurityContext context)
            throws KeySourceException {
        Resource resource;
        try {
            resource = retriever.retrieveResource(url);
        } catch (IOException e) {
            throw new JWKSetRetrievalException("JWKS fetch from " + url + " failed: " + e.getMessage(), e);
        }
        JWKSet parsed;
        try {
            parsed = JWKSet.parse(resource.getContent());
        } catch (java.text.ParseException | RuntimeException e) {
            throw new JWKSetParseException("JWKS answer from " + url + " is not a JWK set", e);
        }
        JWKSet usable = signingKeys(parsed);
        if (usable.isEmpty()) {
            throw new JWKSetUnavailableException("JWKS answer from " + url + " has no usable signing key");
        }
        lastGood = new Snapshot(usable, System.currentTimeMillis());
        return usable;
    }

    /** The public RSA (2048 bits or more) and EC (NIST curves) keys not reserved for encryption. */
    static JWKSet signingKeys(JWKSet set) {
        List<JWK> keys = new ArrayList<>();
        for (JWK jwk : set.getKeys()) {
            if (jwk.getKeyUse() != null && !KeyUse.SIGNATURE.equals(jwk.getKeyUse())) {
                continue;
            }
            boolean usable = switch (jwk) {
                case RSAKey rsa -> rsa.size() >= MIN_RSA_BITS;
                case ECKey ec -> CURVES.contains(ec.getCurve());
                default -> false;
            };
            if (usable) {
                keys.add(jwk.isPrivate() ? jwk.toPublicJWK() : jwk);
            }
        }
        return new JWKSet(keys);
    }

    /** When the last usable JWKS was fetched, or -1 if never. */
    long lastFetchMillis() {
        Snapshot snapshot = lastGood;
        return snapshot == null ? -1 : snapshot.fetchedAtMillis();
    }

    /**
     * A key source answering from the last good JWKS while it is younger than {@code tolerance}; beyond that, or
     * if none was ever fetched, it fails (and with it the verification: fail closed).
     */
    JWKSource<SecurityContext> lastKnownGood(Duration tolerance) {
        long toleranceMillis = tolerance.toMillis();
        return (selector, context) -> {
            Snapshot snapshot = lastGood;
            if (snapshot == null) {
                throw new KeySourceException("no JWKS was ever fetched");
            }
            if (System.currentTimeMillis() - snapshot.fetchedAtMillis() > toleranceMillis) {
                throw new KeySourceException("last JWKS is older than the outage tolerance of " + tolerance);
            }
            return selector.select(snapshot.keys());
        };
    }

    @Override
    public void close() {
        // nothing held: each fetch opens and closes its own connection
    }
}
