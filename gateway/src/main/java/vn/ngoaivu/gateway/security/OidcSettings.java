package vn.ngoaivu.gateway.security;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * What {@link JwksTokenVerifier} needs to know about the token issuer (Keycloak realm), all explicit: no discovery
 * happens when a verifier is built (use {@link #discover} once at startup if the JWKS address is not configured).
 *
 * @param issuer                 the exact {@code iss} of accepted tokens, e.g. {@code http://127.0.0.1:8180/realms/ngoaivu}
 * @param jwksUri                where the issuer publishes its signing keys (http or https)
 * @param audience               a value that must be in the token's {@code aud} (string or array), e.g. {@code ngoaivu-api}
 * @param clockSkew              tolerance for {@code exp}, {@code nbf} and {@code iat} (0 to 5 minutes; default 30 s)
 * @param jwksCacheTtl           how long fetched keys are used before they are fetched again (default 5 min)
 * @param jwksRefreshTimeout     how long a request waits for a key fetch another request started; past it the request
 *                               uses the last keys fetched (default 5 s)
 * @param jwksRefreshAhead       how long before the cache expires a request starts a background refetch, so that no
 *                               request waits for the periodic one (default 30 s; zero turns it off; with the refresh
 *                               timeout it must fit in the cache TTL)
 * @param jwksMinRefreshInterval rate limit of fetches: at most two per interval, which is what a token with an unknown
 *                               {@code kid} can cause (default 10 s; must be shorter than {@code jwksCacheTtl})
 * @param jwksOutageTolerance    how long keys fetched once keep validating tokens while the issuer is unreachable or
 *                               answers garbage (default 1 h); past it, verification fails closed
 * @param httpConnectTimeout     connect timeout of a JWKS fetch (default 2 s)
 * @param httpReadTimeout        read timeout of a JWKS fetch (default 3 s)
 * @param jwksSizeLimit          largest JWKS answer read, in bytes (default 128 KiB)
 */
public record OidcSettings(URI issuer, URI jwksUri, String audience, Duration clockSkew,
                           Duration jwksCacheTtl, Duration jwksRefreshTimeout, Duration jwksRefreshAhead,
                           Duration jwksMinRefreshInterval,
                           Duration jwksOutageTolerance, Duration httpConnectTimeout, Duration httpReadTimeout,
                           int jwksSizeLimit) {

    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(30);
    public static final Duration DEFAULT_JWKS_CACHE_TTL = Duration.ofMinutes(5);
    public static final Duration DEFAULT_JWKS_REFRESH_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_JWKS_REFRESH_AHEAD = Duration.ofSeconds(30);
    public static final Duration DEFAULT_JWKS_MIN_REFRESH_INTERVAL = Duration.ofSeconds(10);
    public static final Duration DEFAULT_JWKS_OUTAGE_TOLERANCE = Duration.ofHours(1);
    public static final Duration DEFAULT_HTTP_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration DEFAULT_HTTP_READ_TIMEOUT = Duration.ofSeconds(3);
    public static final int DEFAULT_JWKS_SIZE_LIMIT = 128 * 1024;

    /** Keycloak's JWKS path below the realm's issuer. */
    public static final String KEYCLOAK_JWKS_PATH = "/protocol/openid-connect/certs";

    private static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    public OidcSettings {
        issuer = httpUri("issuer", issuer);
        if (issuer.getRawQuery() != null || issuer.getRawFragment() != null) {
            throw new IllegalArgumentException("issuer: must not have a query or fragment, got " + issuer);
        }
        jwksUri = httpUri("jwksUri", jwksUri);
        Objects.requireNonNull(audience, "audience");
        if (audience.isBlank()) {
            throw new IllegalArgumentException("audience: must not be blank");
        }
        requireBetween("clockSkew", clockSkew, Duration.ZERO, MAX_CLOCK_SKEW);
        requirePositive("jwksCacheTtl", jwksCacheTtl);
        requirePositive("jwksRefreshTimeout", jwksRefreshTimeout);
        requireBetween("jwksRefreshAhead", jwksRefreshAhead, Duration.ZERO, jwksCacheTtl);
        requirePositive("jwksMinRefreshInterval", jwksMinRefreshInterval);
        requirePositive("jwksOutageTolerance", jwksOutageTolerance);
        requireBetween("httpConnectTimeout", httpConnectTimeout, Duration.ofMillis(1), Duration.ofMinutes(1));
        requireBetween("httpReadTimeout", httpReadTimeout, Duration.ofMillis(1), Duration.ofMinutes(1));
        if (jwksMinRefreshInterval.compareTo(jwksCacheTtl) >= 0) {
            throw new IllegalArgumentException("jwksMinRefreshInterval: must be shorter than jwksCacheTtl ("
                    + jwksCacheTtl + "), got " + jwksMinRefreshInterval);
        }
        if (!jwksRefreshAhead.isZero() && jwksRefreshAhead.plus(jwksRefreshTimeout).compareTo(jwksCacheTtl) > 0) {
            throw new IllegalArgumentException("jwksRefreshAhead: with jwksRefreshTimeout (" + jwksRefreshTimeout
                    + ") it must fit in jwksCacheTtl (" + jwksCacheTtl + "), got " + jwksRefreshAhead);
        }
        if (jwksSizeLimit < 1024) {
            throw new IllegalArgumentException("jwksSizeLimit: must be at least 1024 bytes, got " + jwksSizeLimit);
        }
    }

    /** Settings with the defaults for everything but the issuer, its JWKS address and the audience. */
    public static OidcSettings of(URI issuer, URI jwksUri, String audience) {
        return new OidcSettings(issuer, jwksUri, audience, DEFAULT_CLOCK_SKEW, DEFAULT_JWKS_CACHE_TTL,
                DEFAULT_JWKS_REFRESH_TIMEOUT, DEFAULT_JWKS_REFRESH_AHEAD, DEFAULT_JWKS_MIN_REFRESH_INTERVAL, DEFAULT_JWKS_OUTAGE_TOLERANCE,
                DEFAULT_HTTP_CONNECT_TIMEOUT, DEFAULT_HTTP_READ_TIMEOUT, DEFAULT_JWKS_SIZE_LIMIT);
    }

    /** Settings for a Keycloak realm: the JWKS is at {@code {issuer}/protocol/openid-connect/certs}. */
    public static OidcSettings forKeycloakRealm(URI issuer, String audience) {
        Objects.requireNonNull(issuer, "issuer");
        return of(issuer, URI.create(stripTrailingSlash(issuer.toString()) + KEYCLOAK_JWKS_PATH), audience);
    }

    /**
     * Settings whose JWKS address is read from the issuer's {@code /.well-known/openid-configuration}: one HTTP
     * request, with these timeouts. Meant for startup; the verifier itself never does discovery.
     *
     * @throws IOException the document could not be read, is not JSON, names another issuer or has no usable
     *                     {@code jwks_uri}
     */
    public static OidcSettings discover(URI issuer, String audience, Duration connectTimeout, Duration readTimeout)
            throws IOException {
        return of(issuer, OidcDiscovery.jwksUri(issuer, connectTimeout, readTimeout), audience);
    }

    public OidcSettings withClockSkew(Duration skew) {
        return new OidcSettings(issuer, jwksUri, audience, skew, jwksCacheTtl, jwksRefreshTimeout, jwksRefreshAhead,
                jwksMinRefreshInterval, jwksOutageTolerance, httpConnectTimeout, httpReadTimeout, jwksSizeLimit);
    }

    /** @param refreshAhead zero to turn refresh-ahead off */
    public OidcSettings withJwksCache(Duration cacheTtl, Duration refreshTimeout, Duration refreshAhead,
                                      Duration minRefreshInterval, Duration outageTolerance) {
        return new OidcSettings(issuer, jwksUri, audience, clockSkew, cacheTtl, refreshTimeout, refreshAhead,
                minRefreshInterval, outageTolerance, httpConnectTimeout, httpReadTimeout, jwksSizeLimit);
    }

    public OidcSettings withHttp(Duration connectTimeout, Duration readTimeout, int sizeLimit) {
        return new OidcSettings(issuer, jwksUri, audience, clockSkew, jwksCacheTtl, jwksRefreshTimeout,
                jwksRefreshAhead, jwksMinRefreshInterval, jwksOutageTolerance, connectTimeout, readTimeout, sizeLimit);
    }

    static String stripTrailingSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }

    static URI httpUri(String name, URI uri) {
        Objects.requireNonNull(uri, name);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException(name + ": must be an absolute http(s) URI, got " + uri);
        }
        return uri;
    }

    private static void requirePositive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + ": must be positive, got " + value);
        }
    }

    private static void requireBetween(String name, Duration value, Duration min, Duration max) {
        Objects.requireNonNull(value, name);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(name + ": must be from " + min + " to " + max + ", got " + value);
        }
    }
}
