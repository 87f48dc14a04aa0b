package vn.ngoaivu.gateway.security;

import com.github.tomakehurst.wiremock.http.Fault;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ngoaivu.gateway.security.FakeIssuer.ATTACKER;
import static vn.ngoaivu.gateway.security.FakeIssuer.ENC_KEY;
import static vn.ngoaivu.gateway.security.FakeIssuer.KEY_A;
import static vn.ngoaivu.gateway.security.FakeIssuer.KEY_B;
import static vn.ngoaivu.gateway.security.FakeIssuer.officerClaims;
import static vn.ngoaivu.gateway.security.FakeIssuer.sign;

/**
 * Keys over time: caching, rotation without restart, the rate limit on refetches, issuer outages and garbage JWKS
 * answers. Each test has its own issuer (WireMock) and verifier.
 */
class JwksKeyCacheTest {

    private static final String TOKEN_A = sign(KEY_A, officerClaims().build());
    private static final String TOKEN_B = sign(KEY_B, officerClaims().build());
    private static final String TOKEN_UNKNOWN_KID = sign(ATTACKER, officerClaims().build());

    /** The outages below are expected: their warnings would only clutter the build output. */
    private static final Logger VERIFIER_LOG = Logger.getLogger(JwksTokenVerifier.class.getName());
    private static Level savedLevel;

    private FakeIssuer issuer;

    @BeforeAll
    static void quietOutageWarnings() {
        savedLevel = VERIFIER_LOG.getLevel();
        VERIFIER_LOG.setLevel(Level.SEVERE);
    }

    @AfterAll
    static void restoreLogLevel() {
        VERIFIER_LOG.setLevel(savedLevel);
    }

    @BeforeEach
    void start() {
        issuer = new FakeIssuer();
    }

    @AfterEach
    void stop() {
        issuer.close();
    }

    /** Cache TTL 400 ms, rate limit 100 ms: lets a test see expiry and refetches without waiting long. */
    private OidcSettings fastSettings() {
        return issuer.settings().withJwksCache(Duration.ofMillis(400), Duration.ofSeconds(2), Duration.ZERO,
                Duration.ofMillis(100), Duration.ofHours(1));
    }

    private static void assertRejected(JwksTokenVerifier verifier, String reason, String token) {
        InvalidTokenException e = assertThrows(InvalidTokenException.class, () -> verifier.verify(token));
        assertEquals(reason, e.getMessage());
    }

    private static void assertKeysUnavailable(JwksTokenVerifier verifier, String token) {
        KeysUnavailableException e = assertThrows(KeysUnavailableException.class, () -> verifier.verify(token));
        assertEquals(JwksTokenVerifier.KEYS_UNAVAILABLE, e.getMessage());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    // ---- caching

    @Test
    void keysAreFetchedOnceForManyTokensAndThreads() throws Exception {
        issuer.serveKeys(KEY_A);
        JwksTokenVerifier verifier = new JwksTokenVerifier(issuer.settings());
        assertEquals(0, issuer.jwksFetches(), "nothing is fetched before the first token");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Caller>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                calls.add(() -> verifier.verify(TOKEN_A));
            }
            for (Future<Caller> result : pool.invokeAll(calls)) {
                assertEquals(Set.of(Role.OFFICER), result.get().roles());
            }
        } finally {
            pool.shutdownNow();
        }
        // One fetch serves all 200; a second happens only when the first takes longer than the refresh
        // timeout (5 s) on a loaded machine and a waiting thread fetches for itself.
        assertTrue(issuer.jwksFetches() <= 2, "fetches: " + issuer.jwksFetches());
        assertTrue(verifier.lastKeyFetch().isPresent());
    }

    @Test
    void keysAreFetchedAgainAfterTheCacheTtl() {
        issuer.serveKeys(KEY_A);
        JwksTokenVerifier verifier = new JwksTokenVerifier(fastSettings());
        verifier.verify(TOKEN_A);
        verifier.verify(TOKEN_A);
        assertEquals(1, issuer.jwksFetches());
        pause(500);
        verifier.verify(TOKEN_A);
        assertEquals(2, issuer.jwksFetches());
    }

    @Test
    void refreshAheadRefetchesInTheBackgroundBeforeExpiry() {
        issuer.serveKeys(KEY_A);
        // TTL 3 s, refresh-ahead 2.4 s: a token 0.6 s or more after the fetch starts a background refetch
        OidcSettings settings = issuer.settings()
                .withHttp(Duration.ofMillis(500), Duration.ofSeconds(2), 64 * 1024)
                .withJwksCache(Duration.ofSeconds(3), Duration.ofMillis(200), Duration.ofMillis(2400),
                        Duration.ofMillis(100), Duration.ofHours(1));
        try (JwksTokenVerifier verifier = new JwksTokenVerifier(settings)) {
            verifier.verify(TOKEN_A);
            issuer.serve(okForContentType("application/json", new JWKSet(List.of(KEY_A.toPublicJWK(),
                    KEY_B.toPublicJWK())).toString()).withFixedDelay(200));
            pause(700);
            long started = System.nanoTime();
            verifier.verify(TOKEN_A);
            assertTrue(System.nanoTime() - started < Duration.ofMillis(150).toNanos(), "did not wait for the fetch");
            pause(400);
            assertEquals(2, issuer.jwksFetches());
            // the background fetch brought KEY_B: no unknown-kid refetch needed
            verifier.verify(TOKEN_B);
            assertEquals(2, issuer.jwksFetches());
        }
    }

    // ---- rotation without restart

    @Test
    void rotatedKeyIsAcceptedAfterOneRefetchAndOldKeyStaysWhilePublished() {
        // Keycloak rotation, step 1: the new key is added (active), the old one stays published (passive)
        issuer.serveKeys(KEY_A);
        JwksTokenVerifier verifier = new JwksTokenVerifier(issuer.settings());
        verifier.verify(TOKEN_A);
        issuer.serveKeys(KEY_A, KEY_B);
        assertEquals(Set.of(Role.OFFICER), verifier.verify(TOKEN_B).roles());
        assertEquals(2, issuer.jwksFetches(), "one refetch for the unknown kid");
        verifier.verify(TOKEN_A);
        verifier.verify(TOKEN_B);
        assertEquals(2, issuer.jwksFetches());
    }

    @Test
    void tokensOfAKeyNoLongerPublishedAreRefusedOnceTheNewSetIsCached() {
        // Keycloak rotation, step 2: the old key is deleted from the realm
        issuer.serveKeys(KEY_A);
        JwksTokenVerifier verifier = new JwksTokenVerifier(issuer.settings());
        verifier.verify(TOKEN_A);
        issuer.serveKeys(KEY_B);
        verifier.verify(TOKEN_B);
        // the cache now holds the new set only: the old key's tokens are unknown (its refetch is rate limited)
        assertRejected(verifier, JwksTokenVerifier.UNKNOWN_KEY, TOKEN_A);
        assertEquals(2, issuer.jwksFetches());
    }

    @Test
    void removedKeyIsDroppedAtTheNextCacheRefreshEvenWithoutUnknownKids() {
        issuer.serveKeys(KEY_A, KEY_B);
        JwksTokenVerifier verifier = new JwksTokenVerifier(fastSettings());
        verifier.verify(TOKEN_A);
        issuer.serveKeys(KEY_B);
        verifier.verify(TOKEN_A); // still cached
        pause(500);
        verifier.verify(TOKEN_B); // cache expired: refetched
        assertRejected(verifier, JwksTokenVerifier.UNKNOWN_KEY, TOKEN_A);
    }

    @Test
    void unknownKidsCauseOneRefetchThenTheRateLimitHolds() {
        issuer.serveKeys(KEY_A);
        JwksTokenVerifier verifier = new JwksTokenVerifier(issuer.settings()); // default: 10 s
        verifier.verify(TOKEN_A);
        for (int i = 0; i < 20; i++) {
            assertRejected(verifier, JwksTokenVerifier.UNKNOWN_KEY, TOKEN_UNKNOWN_KID);
        }
        assertEquals(2, issuer.jwksFetches(), "initial fetch + one refetch, then rate limited");
        verifier.verify(TOKEN_A); // known keys are unaffected
    }

    @Test
    void rotatedKeyIsAcceptedOnceTheRateLimitWindowReopens() {
        issuer.serveKeys(KEY_A);
        JwksTokenVerifier verifier = new JwksTokenVerifier(issuer.settings().withJwksCache(
                Duration.ofMinutes(5), Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofMillis(300),
                Duration.ofHours(1)));
        verifier.verify(TOKEN_A);
        // someone spends the window's refetch with garbage kids…
        assertRejected(verifier, JwksTokenVerifier.UNKNOWN_KEY, TOKEN_UNKNOWN_KID);
        issuer.serveKeys(KEY_A, KEY_B);
        // …so the rotated key waits for the window (at most jwksMinRefreshInterval)
        assertRejected(verifier, JwksTokenVerifier.UNKNOWN_KEY, TOKEN_B);
        pause(350);
        assertEquals(Set.of(Role.OFFICER), verifier.verify(TOKEN_B).roles());
        verifier.verify(TOKEN_A);
    }

    // ---- issuer down or answering garbage

    enum Outage {
        STOPPED, HTTP_503, HTTP_404, CONNECTION_RESET, EMPTY_RESPONSE, RANDOM_DATA, HTML_PAGE, TRUNCATED_JSON,
        NOT_A_JWKS, JSON_ARRAY, EMPTY_KEYS, ONLY_ENCRYPTION_KEY, ONLY_HMAC_KEY, WEAK_RSA_KEY, OVERSIZED, SLOW;

        /** A slow issuer is given a read timeout of 200 ms (the answer comes after 1 s). */
        OidcSettings settings(OidcSettings settings) {
            return this == SLOW ? settings.withHttp(Duration.ofMillis(500), Duration.ofMillis(200), 64 * 1024)
                    : settings;
        }

        void apply(FakeIssuer issuer) {
            switch (this) {
                case STOPPED -> issuer.close();
                case HTTP_503 -> issuer.serveStatus(503, "text/html", "<html><body>Service Unavailable</body></html>");
                case HTTP_404 -> issuer.serveStatus(404, "application/json", "{\"error\":\"Realm does not exist\"}");
                case CONNECTION_RESET -> issuer.serve(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
                case EMPTY_RESPONSE -> issuer.serve(aResponse().withFault(Fault.EMPTY_RESPONSE));
                case RANDOM_DATA -> issuer.serve(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE));
                case HTML_PAGE -> issuer.serveStatus(200, "text/html",
                        "<!DOCTYPE html><html><head><title>Sign in</title></head><body>proxy login</body></html>");
                case TRUNCATED_JSON -> issuer.serveStatus(200, "application/json", "{");
                case NOT_A_JWKS -> issuer.serveStatus(200, "application/json", "{\"status\":\"ok\"}");
                case JSON_ARRAY -> issuer.serveStatus(200, "application/json", "[]");
                case EMPTY_KEYS -> issuer.serveStatus(200, "application/json", "{\"keys\":[]}");
                case ONLY_ENCRYPTION_KEY -> issuer.serveStatus(200, "application/json",
                        new JWKSet(ENC_KEY).toString(true));
                case ONLY_HMAC_KEY -> issuer.serveStatus(200, "application/json",
                        new JWKSet(HMAC_KEY).toString(false));
                case WEAK_RSA_KEY -> issuer.serveStatus(200, "application/json", new JWKSet(WEAK_KEY).toString(true));
                case OVERSIZED -> issuer.serveStatus(200, "application/json", oversizedJwks());
                case SLOW -> issuer.serve(okForContentType("application/json", new JWKSet(KEY_A).toString(true))
                        .withFixedDelay(1000));
            }
        }
    }

    private static final OctetSequenceKey HMAC_KEY = hmacKey();
    private static final RSAKey WEAK_KEY = weakKey();

    @ParameterizedTest
    @EnumSource(Outage.class)
    void cachedKeysKeepValidatingWhileTheIssuerIsDownOrAnswersGarbage(Outage outage) {
        issuer.serveKeys(KEY_A);
        JwksTokenVerifier verifier = new JwksTokenVerifier(outage.settings(fastSettings()));
        verifier.verify(TOKEN_A);
        pause(450); // cache expired: the next token makes the verifier ask the issuer again
        outage.apply(issuer);
        long started = System.nanoTime();
        assertEquals(Set.of(Role.OFFICER), verifier.verify(TOKEN_A).roles());
        assertTrue(System.nanoTime() - started < Duration.ofSeconds(5).toNanos(), "bounded by the timeouts");
        if (outage != Outage.STOPPED) {
            assertTrue(issuer.jwksFetches() >= 2, "the issuer was asked again");
        }
        verifier.verify(TOKEN_A);
        // an unknown kid is still a refused token, not an outage
        assertRejected(verifier, JwksTokenVerifier.UNKNOWN_KEY, TOKEN_UNKNOWN_KID);
        assertTrue(verifier.preloadKeys());
    }

    @ParameterizedTest
    @EnumSource(Outage.class)
    void withoutAnyKeyFetchedVerificationFailsClosed(Outage outage) {
        issuer.serveKeys(KEY_A);
        OidcSettings settings = outage.settings(fastSettings());
        outage.apply(issuer);
        JwksTokenVerifier verifier = new JwksTokenVerifier(settings);
        assertKeysUnavailable(verifier, TOKEN_A);
        assertKeysUnavailable(verifier, TOKEN_A); // rate limited or not: still closed
        assertFalse(verifier.preloadKeys());
        assertTrue(verifier.lastKeyFetch().isEmpty());
    }

    @Test
    void garbageNeverReplacesGoodKeysAndRecoveryBringsNewOnes() {
        issuer.serveKeys(KEY_A);
        JwksTokenVerifier verifier = new JwksTokenVerifier(fastSettings());
        verifier.verify(TOKEN_A);
        issuer.serveStatus(200, "application/json", "{\"keys\":[]}");
        pause(450);
        verifier.verify(TOKEN_A);
        pause(150);
        assertRejected(verifier, JwksTokenVerifier.UNKNOWN_KEY, TOKEN_B);
        issuer.serveKeys(KEY_B);
        pause(150);
        verifier.verify(TOKEN_B);
    }

    @Test
    void issuerDownAtStartThenUp() {
        issuer.serveStatus(503, "text/plain", "starting");
        JwksTokenVerifier verifier = new JwksTokenVerifier(fastSettings());
        assertKeysUnavailable(verifier, TOKEN_A);
        issuer.serveKeys(KEY_A);
        pause(150); // rate limit window
        assertEquals(Set.of(Role.OFFICER), verifier.verify(TOKEN_A).roles());
    }

    @Test
    void pastTheOutageToleranceVerificationFailsClosed() {
        issuer.serveKeys(KEY_A);
        JwksTokenVerifier verifier = new JwksTokenVerifier(issuer.settings().withJwksCache(
                Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ZERO, Duration.ofMillis(50),
                Duration.ofMillis(700)));
        verifier.verify(TOKEN_A);
        issuer.serveStatus(503, "text/plain", "down");
        pause(300);
        verifier.verify(TOKEN_A); // within the tolerance
        pause(600);
        assertKeysUnavailable(verifier, TOKEN_A);
        issuer.serveKeys(KEY_A);
        pause(100);
        verifier.verify(TOKEN_A); // back
    }

    @Test
    void preloadReportsWhetherKeysAreAtHand() {
        issuer.serveStatus(503, "text/plain", "down");
        JwksTokenVerifier verifier = new JwksTokenVerifier(fastSettings());
        assertFalse(verifier.preloadKeys());
        issuer.serveKeys(KEY_A);
        pause(150);
        assertTrue(verifier.preloadKeys());
        assertTrue(verifier.lastKeyFetch().isPresent());
        int fetches = issuer.jwksFetches();
        verifier.verify(TOKEN_A);
        assertEquals(fetches, issuer.jwksFetches(), "the preloaded keys are used");
    }

    /** A valid JWKS (with the right keys) made larger than the 64 KiB limit of the test settings. */
    private static String oversizedJwks() {
        Map<String, Object> json = new JWKSet(List.of(KEY_A, KEY_B)).toJSONObject(true);
        json.put("padding", "x".repeat(100_000));
        return JSONObjectUtils.toJSONString(json);
    }

    private static OctetSequenceKey hmacKey() {
        try {
            return new OctetSequenceKeyGenerator(256).keyID("hmac").keyUse(KeyUse.SIGNATURE).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey weakKey() {
        try {
            return new RSAKeyGenerator(1024, true).keyID("rsa-a").keyUse(KeyUse.SIGNATURE).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
