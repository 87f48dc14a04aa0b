package vn.ngoaivu.gateway.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.OutageTolerantJWKSetSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import java.net.MalformedURLException;
import java.net.URL;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Verifies Keycloak access tokens locally against the issuer's published keys (JWKS), with nimbus-jose-jwt.
 *
 * <h2>What is checked</h2>
 * <ul>
 *   <li>a compact JWS (unsigned {@code alg=none} and encrypted tokens are refused) signed with one of
 *       {@link #ACCEPTED_ALGORITHMS}; every HMAC algorithm ({@code HS256} signed with the public key as secret…)
 *       and unknown algorithms are refused before any key is looked at</li>
 *   <li>header {@code typ}, if present, is {@code JWT} or {@code at+jwt}; no {@code crit} header; key material
 *       named by the token ({@code jwk}, {@code jku}, {@code x5u}, {@code x5c}) is never used</li>
 *   <li>the signature, with a key of the issuer's JWKS matching {@code kid}, algorithm and use</li>
 *   <li>{@code iss} equals {@link OidcSettings#issuer()}; {@code aud} (string or array) contains
 *       {@link OidcSettings#audience()}; {@code exp} present and not past by more than the clock skew;
 *       {@code nbf} and {@code iat}, if present, not ahead by more than the skew; {@code sub} present; Keycloak's
 *       own {@code typ} claim, if present, is {@code Bearer} (ID and refresh tokens are refused)</li>
 * </ul>
 *
 * <h2>Keys</h2>
 * A nimbus {@link JWKSourceBuilder} chain: cache ({@link OidcSettings#jwksCacheTtl()}, refetched in the background
 * {@link OidcSettings#jwksRefreshAhead()} before it expires), rate limit (at most two
 * fetches per {@link OidcSettings#jwksMinRefreshInterval()}), outage tolerance
 * ({@link OidcSettings#jwksOutageTolerance()}), one retry, over {@link IssuerKeySource} (timeouts, size limit,
 * answers without a usable signing key count as failures). A token whose {@code kid} is not among the cached keys
 * triggers one refetch, so keys rotated in Keycloak are picked up without restart; if that refetch is refused by the
 * rate limit, or the issuer is down, the token is refused as having an unknown key (401) and the cached keys stay in
 * use for every other token. A token signed by a key the issuer no longer publishes is refused once the cache has
 * been refreshed (at the latest after the cache TTL). {@link KeysUnavailableException} (503) only when no usable key
 * was fetched within the outage tolerance: the verifier fails closed and never accepts a token it could not check.
 * <p>
 * Thread-safe; no static state; nothing is fetched until the first {@link #verify} (or {@link #preloadKeys}).
 * The messages of {@link InvalidTokenException} are short fixed phrases, safe to return to the client: they never
 * contain the token or any claim value.
 */
public final class JwksTokenVerifier implements TokenVerifier, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(JwksTokenVerifier.class.getName());

    /** The signature algorithms accepted: asymmetric only. Keycloak signs access tokens with RS256 by default. */
    public static final Set<JWSAlgorithm> ACCEPTED_ALGORITHMS = Set.of(
            JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.ES256);

    /** Header {@code typ} values accepted (compared ignoring case); an absent {@code typ} is accepted too. */
    public static final Set<String> ACCEPTED_TYPES = Set.of("jwt", "at+jwt", "application/at+jwt");

    /** Longer bearer tokens are refused without parsing. Keycloak access tokens are 1–3 KB. */
    public static final int MAX_TOKEN_LENGTH = 16 * 1024;

    // Reasons given to the client (and the log). Fixed phrases: never echo anything from the token.
    static final String MALFORMED = "malformed token";
    static final String UNSIGNED = "unsigned token not accepted";
    static final String ENCRYPTED = "encrypted token not accepted";
    static final String ALGORITHM = "token algorithm not accepted";
    static final String TYPE = "token type not accepted";
    static final String CRITICAL = "token has unsupported critical header";
    static final String UNKNOWN_KEY = "token signed with unknown key";
    static final String SIGNATURE = "invalid token signature";
    static final String ISSUER = "token from another issuer";
    static final String AUDIENCE = "token not meant for this API";
    static final String NO_EXPIRY = "token has no expiry";
    static final String EXPIRED = "token expired";
    static final String NOT_YET_VALID = "token not yet valid";
    static final String ISSUED_IN_FUTURE = "token issued in the future";
    static final String NO_SUBJECT = "token has no subject";
    static final String NOT_ACCESS_TOKEN = "not an access token";
    static final String KEYS_UNAVAILABLE = "signing keys of the token issuer are unavailable";

    private static final JWKSelector ANY_KEY = new JWKSelector(new JWKMatcher.Builder().build());
    private static final int MAX_CACHED_VERIFIERS = 16;

    private final OidcSettings settings;
    private final Clock clock;
    private final IssuerKeySource issuerKeys;
    private final JWKSource<SecurityContext> keys;
    private final String issuer;
    private final long skewMillis;
    /** Verifiers of the keys seen, found by identity: the cached JWK objects stay the same until a refetch. */
    private volatile VerifierEntry[] verifiers = new VerifierEntry[0];

    private record VerifierEntry(JWK key, JWSVerifier verifier) {
    }

    public JwksTokenVerifier(OidcSettings settings) {
        this(settings, Clock.systemUTC());
    }

    /** @param clock the time {@code exp}, {@code nbf} and {@code iat} are checked against (key caching uses system time) */
    public JwksTokenVerifier(OidcSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.issuer = settings.issuer().toString();
        this.skewMillis = settings.clockSkew().toMillis();

        DefaultResourceRetriever retriever = new DefaultResourceRetriever(
                (int) settings.httpConnectTimeout().toMillis(), (int) settings.httpReadTimeout().toMillis(),
                settings.jwksSizeLimit());
        retriever.setHeaders(Map.of("Accept", List.of("application/jwk-set+json, application/json")));
        URL jwksUrl;
        try {
            jwksUrl = settings.jwksUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("jwksUri: not a URL: " + settings.jwksUri(), e);
        }
        this.issuerKeys = new IssuerKeySource(jwksUrl, retriever);
        JWKSourceBuilder<SecurityContext> builder = JWKSourceBuilder.create(issuerKeys)
                .cache(settings.jwksCacheTtl().toMillis(), settings.jwksRefreshTimeout().toMillis());
        if (settings.jwksRefreshAhead().isZero()) {
            builder.refreshAheadCache(false);
        } else {
            // not scheduled: a request in the last stretch of the TTL starts the refetch on this (daemon) thread
            builder.refreshAheadCache(settings.jwksRefreshAhead().toMillis(), null, refreshExecutor(), true, null,
                    false);
        }
        this.keys = builder
                .rateLimited(settings.jwksMinRefreshInterval().toMillis(),
                        event -> LOG.fine(() -> "JWKS fetch skipped: rate limit reached for " + jwksUrl))
                .retrying(event -> LOG.fine(() -> "JWKS fetch failed, retrying once: " + jwksUrl))
                .outageTolerant(settings.jwksOutageTolerance().toMillis(), event -> logOutage(event, jwksUrl))
                .failover(issuerKeys.lastKnownGood(settings.jwksOutageTolerance()))
                .build();
    }

    /** One daemon thread, started on demand and gone after a minute idle: nothing to stop at shutdown. */
    private static ExecutorService refreshExecutor() {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                task -> {
                    Thread thread = new Thread(task, "jwks-refresh");
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    private static void logOutage(Object event, URL jwksUrl) {
        if (event instanceof OutageTolerantJWKSetSource.OutageEvent<?> outage) {
            LOG.log(Level.WARNING, () -> "JWKS of the token issuer unavailable (" + outage.getException().getMessage()
                    + "); keeping the keys fetched before for up to " + Duration.ofMillis(outage.getRemainingTime()));
        } else {
            LOG.warning(() -> "JWKS of the token issuer unavailable: " + jwksUrl);
        }
    }

    public OidcSettings settings() {
        return settings;
    }

    /**
     * Makes sure signing keys are at hand, fetching them if none are cached (subject to the rate limit). For
     * startup and readiness checks; never throws.
     *
     * @return whether at least one usable signing key is available
     */
    public boolean preloadKeys() {
        try {
            return !keys.get(ANY_KEY, null).isEmpty();
        } catch (KeySourceException | RuntimeException e) {
            LOG.log(Level.FINE, "JWKS preload failed", e);
            return false;
        }
    }

    /** When a usable JWKS was last fetched from the issuer; empty if never. */
    public Optional<Instant> lastKeyFetch() {
        long millis = issuerKeys.lastFetchMillis();
        return millis < 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }

    /** Stops the background refetch thread, if any. Optional: that thread is a daemon and ends when idle. */
    @Override
    public void close() {
        if (keys instanceof java.io.Closeable closeable) {
            try {
                closeable.close();
            } catch (java.io.IOException | RuntimeException e) {
                LOG.log(Level.FINE, "closing the JWKS source failed", e);
            }
        }
    }

    @Override
    public Verified check(String bearerToken) {
        SignedJWT jwt = parse(bearerToken);
        JWSHeader header = jwt.getHeader();
        checkHeader(header);
        checkSignature(jwt, header);
        JWTClaimsSet claims;
        try {
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException | RuntimeException e) {
            throw invalid(MALFORMED);
        }
        String subject = checkClaims(claims);
        return new Verified(KeycloakClaims.caller(claims, subject), claims.getExpirationTime().toInstant());
    }

    private static SignedJWT parse(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            throw invalid(MALFORMED);
        }
        try {
            return SignedJWT.parse(token);
        } catch (ParseException | RuntimeException e) {
            throw invalid(notSignedReason(token));
        }
    }

    /** Why a token that is not a parsable JWS is refused: off the hot path, only for the message. */
    private static String notSignedReason(String token) {
        try {
            JWT jwt = JWTParser.parse(token);
            return jwt instanceof PlainJWT ? UNSIGNED : jwt instanceof SignedJWT ? MALFORMED : ENCRYPTED;
        } catch (ParseException | RuntimeException e) {
            return MALFORMED;
        }
    }

    private static void checkHeader(JWSHeader header) {
        if (!ACCEPTED_ALGORITHMS.contains(header.getAlgorithm())) {
            throw invalid(ALGORITHM);
        }
        JOSEObjectType type = header.getType();
        if (type != null && (type.getType() == null
                || !ACCEPTED_TYPES.contains(type.getType().toLowerCase(Locale.ROOT)))) {
            throw invalid(TYPE);
        }
        if (header.getCriticalParams() != null && !header.getCriticalParams().isEmpty()) {
            throw invalid(CRITICAL);
        }
    }

    private void checkSignature(SignedJWT jwt, JWSHeader header) {
        List<JWK> candidates;
        try {
            candidates = keys.get(new JWKSelector(JWKMatcher.forJWSHeader(header)), null);
        } catch (KeySourceException e) {
            throw new KeysUnavailableException(KEYS_UNAVAILABLE, e);
        }
        if (candidates.isEmpty()) {
            throw invalid(UNKNOWN_KEY);
        }
        for (JWK key : candidates) {
            JWSVerifier verifier = verifierFor(key);
            try {
                if (verifier != null && jwt.verify(verifier)) {
                    return;
                }
            } catch (JOSEException | RuntimeException e) {
                LOG.log(Level.FINE, "signature check failed with an error", e);
            }
        }
        throw invalid(SIGNATURE);
    }

    /**
     * The verifier of a key, made once per JWK object: the key set rarely changes, so the lookup is a scan of a few
     * entries by identity; the list is started afresh if it ever grows large (many refetches).
     */
    private JWSVerifier verifierFor(JWK key) {
        VerifierEntry[] entries = verifiers;
        for (VerifierEntry entry : entries) {
            if (entry.key() == key) {
                return entry.verifier();
            }
        }
        JWSVerifier created;
        try {
            created = switch (key) {
                case RSAKey rsa -> new RSASSAVerifier(rsa);
                case ECKey ec -> new ECDSAVerifier(ec);
                default -> null;
            };
        } catch (JOSEException | RuntimeException e) {
            LOG.log(Level.FINE, "JWKS key not usable for signatures", e);
            return null;
        }
        if (created != null) {
            // racing threads may each add an entry for the same key: harmless, the list is bounded
            VerifierEntry[] grown = entries.length >= MAX_CACHED_VERIFIERS
                    ? new VerifierEntry[1] : java.util.Arrays.copyOf(entries, entries.length + 1);
            grown[grown.length - 1] = new VerifierEntry(key, created);
            verifiers = grown;
        }
        return created;
    }

    /** @return the subject */
    private String checkClaims(JWTClaimsSet claims) {
        if (!issuer.equals(claims.getClaim("iss"))) {
            throw invalid(ISSUER);
        }
        if (!claims.getAudience().contains(settings.audience())) {
            throw invalid(AUDIENCE);
        }
        long now = clock.millis();
        Date expiry = claims.getExpirationTime();
        if (expiry == null) {
            throw invalid(NO_EXPIRY);
        }
        if (now - skewMillis >= expiry.getTime()) {
            throw invalid(EXPIRED);
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && notBefore.getTime() > now + skewMillis) {
            throw invalid(NOT_YET_VALID);
        }
        Date issuedAt = claims.getIssueTime();
        if (issuedAt != null && issuedAt.getTime() > now + skewMillis) {
            throw invalid(ISSUED_IN_FUTURE);
        }
        Optional<String> subject = KeycloakClaims.string(claims, "sub");
        if (subject.isEmpty()) {
            throw invalid(NO_SUBJECT);
        }
        if (claims.getClaim("typ") != null
                && !(claims.getClaim("typ") instanceof String typ && typ.equalsIgnoreCase("Bearer"))) {
            throw invalid(NOT_ACCESS_TOKEN);
        }
        return subject.get();
    }

    private static InvalidTokenException invalid(String reason) {
        return new InvalidTokenException(reason);
    }
}
