package vn.ngoaivu.gateway.security;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ngoaivu.gateway.security.FakeIssuer.ATTACKER;
import static vn.ngoaivu.gateway.security.FakeIssuer.EC_KEY;
import static vn.ngoaivu.gateway.security.FakeIssuer.ENC_KEY;
import static vn.ngoaivu.gateway.security.FakeIssuer.KEY_A;
import static vn.ngoaivu.gateway.security.FakeIssuer.KEY_B;
import static vn.ngoaivu.gateway.security.FakeIssuer.officerClaims;
import static vn.ngoaivu.gateway.security.FakeIssuer.partnerClaims;
import static vn.ngoaivu.gateway.security.FakeIssuer.sign;

/** What a token must be to be accepted, and what the verifier makes of its claims. One issuer, keys never change. */
class JwksTokenVerifierTest {

    private static FakeIssuer issuer;
    private static JwksTokenVerifier verifier;

    @BeforeAll
    static void start() {
        issuer = new FakeIssuer().serveKeys(KEY_A, KEY_B, EC_KEY);
        verifier = new JwksTokenVerifier(issuer.settings());
    }

    @AfterAll
    static void stop() {
        issuer.close();
    }

    private static String rejected(String token) {
        InvalidTokenException e = assertThrows(InvalidTokenException.class, () -> verifier.verify(token));
        assertSafe(e.getMessage(), token);
        return e.getMessage();
    }

    private static void assertRejected(String expectedReason, String token) {
        assertEquals(expectedReason, rejected(token));
    }

    /** The reason is a short fixed phrase: nothing of the token (or its claims) is echoed to the client. */
    private static void assertSafe(String message, String token) {
        assertTrue(message.length() <= 60, message);
        assertTrue(message.matches("[A-Za-z +]+"), message);
        if (token != null) {
            for (String part : token.split("\\.")) {
                assertFalse(part.length() >= 4 && message.contains(part), message);
            }
        }
    }

    private static JWTClaimsSet officer() {
        return officerClaims().build();
    }

    private static Date secondsFromNow(long seconds) {
        return Date.from(Instant.now().plusSeconds(seconds));
    }

    // ---- accepted tokens and the Caller made of them

    @Test
    void officerTokenGivesTheCallerOfItsClaims() {
        Caller caller = verifier.verify(sign(KEY_A, officer()));
        assertEquals(Optional.of("5f5dc1e5-401e-463a-8ce3-af16d0534416"), caller.subject());
        assertEquals(Optional.of("ngoaivu-console"), caller.clientId());
        assertEquals(Optional.of("can.bo.htqt"), caller.username());
        assertEquals(Set.of(Role.OFFICER), caller.roles());
        assertEquals(Optional.of("HTQT"), caller.unit());
        assertEquals(Set.of("openid", "profile", "email"), caller.scopes());
        assertFalse(caller.isAnonymous());
    }

    @Test
    void partnerServiceAccountHasNoUsername() {
        Caller caller = verifier.verify(sign(KEY_A, partnerClaims().build()));
        assertEquals(Optional.of("demo-partner"), caller.clientId());
        assertEquals(Optional.empty(), caller.username());
        assertEquals(Set.of(Role.PARTNER), caller.roles());
        assertEquals(Optional.empty(), caller.unit());
        assertEquals(Set.of("records:read", "experts:read"), caller.scopes());
    }

    @Test
    void clientIdFallsBackToClientIdClaim() {
        JWTClaimsSet claims = partnerClaims().claim("azp", null).build();
        assertEquals(Optional.of("demo-partner"), verifier.verify(sign(KEY_A, claims)).clientId());
        JWTClaimsSet neither = partnerClaims().claim("azp", null).claim("client_id", null).build();
        assertEquals(Optional.empty(), verifier.verify(sign(KEY_A, neither)).clientId());
    }

    @Test
    void rolesThatAreNotPlatformRolesAreIgnored() {
        JWTClaimsSet claims = officerClaims().claim("realm_access", Map.of("roles",
                List.of("default-roles-ngoaivu", "offline_access", "uma_authorization", "leader", "OFFICER", "admin")))
                .build();
        assertEquals(Set.of(Role.LEADER, Role.ADMIN), verifier.verify(sign(KEY_A, claims)).roles());
    }

    @Test
    void oddlyTypedClaimsGrantNothing() {
        JWTClaimsSet claims = officerClaims()
                .claim("realm_access", Map.of("roles", "admin"))
                .claim("unit", List.of("HTQT"))
                .claim("preferred_username", 42)
                .build();
        Caller caller = verifier.verify(sign(KEY_A, claims));
        assertEquals(Set.of(), caller.roles());
        assertEquals(Optional.empty(), caller.unit());
        assertEquals(Optional.empty(), caller.username());
        assertEquals(Set.of(), verifier.verify(sign(KEY_A, officerClaims().claim("realm_access", null).build())).roles());
    }

    @Test
    void emptyScopeGivesNoScopes() {
        JWTClaimsSet noscope = partnerClaims().claim("azp", "demo-partner-noscope").claim("scope", "").build();
        assertEquals(Set.of(), verifier.verify(sign(KEY_A, noscope)).scopes());
        assertEquals(Set.of(), verifier.verify(sign(KEY_A, officerClaims().claim("scope", null).build())).scopes());
        JWTClaimsSet spaced = officerClaims().claim("scope", "  records:read   experts:read ").build();
        assertEquals(Set.of("records:read", "experts:read"), verifier.verify(sign(KEY_A, spaced)).scopes());
    }

    @Test
    void audienceAsStringOrArray() {
        verifier.verify(sign(KEY_A, officerClaims().audience("ngoaivu-api").build()));
        verifier.verify(sign(KEY_A, officerClaims().audience(List.of("account", "ngoaivu-api")).build()));
        assertRejected(JwksTokenVerifier.AUDIENCE, sign(KEY_A, officerClaims().audience("account").build()));
        assertRejected(JwksTokenVerifier.AUDIENCE,
                sign(KEY_A, officerClaims().audience(List.of("account", "broker")).build()));
        assertRejected(JwksTokenVerifier.AUDIENCE, sign(KEY_A, officerClaims().audience((String) null).build()));
        assertRejected(JwksTokenVerifier.AUDIENCE, sign(KEY_A, officerClaims().claim("aud", 17).build()));
    }

    @Test
    void otherAcceptedAlgorithms() {
        for (JWSAlgorithm alg : List.of(JWSAlgorithm.RS384, JWSAlgorithm.RS512, JWSAlgorithm.PS256)) {
            JWSHeader header = new JWSHeader.Builder(alg).keyID(KEY_B.getKeyID()).type(JOSEObjectType.JWT).build();
            assertEquals(Set.of(Role.OFFICER), verifier.verify(sign(KEY_B, header, officer())).roles(), alg.getName());
        }
        assertEquals(Set.of(Role.OFFICER), verifier.verify(sign(EC_KEY, officer())).roles());
    }

    @Test
    void keyWithAnAlgOnlySignsThatAlg() {
        // KEY_A is published with "alg":"RS256": a PS256 signature made with it does not match it
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.PS256).keyID(KEY_A.getKeyID()).build();
        assertRejected(JwksTokenVerifier.UNKNOWN_KEY, sign(KEY_A, header, officer()));
    }

    @Test
    void headerTypJwtOrAtJwtOrNone() {
        for (String typ : List.of("JWT", "at+jwt", "application/at+jwt", "jwt")) {
            JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_A.getKeyID())
                    .type(new JOSEObjectType(typ)).build();
            verifier.verify(sign(KEY_A, header, officer()));
        }
        verifier.verify(sign(KEY_A, new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_A.getKeyID()).build(),
                officer()));
        for (String typ : List.of("JOSE", "dpop+jwt", "secevent+jwt", "logout+jwt")) {
            JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_A.getKeyID())
                    .type(new JOSEObjectType(typ)).build();
            assertRejected(JwksTokenVerifier.TYPE, sign(KEY_A, header, officer()));
        }
    }

    @Test
    void tokenWithoutKidIsCheckedAgainstTheMatchingKeys() {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build();
        assertEquals(Set.of(Role.OFFICER), verifier.verify(sign(KEY_B, header, officer())).roles());
        assertRejected(JwksTokenVerifier.SIGNATURE, sign(ATTACKER, header, officer()));
    }

    // ---- refused: signature and algorithm

    @Test
    void wrongSignature() {
        // signed by another key under the kid of a real one
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_A.getKeyID()).build();
        assertRejected(JwksTokenVerifier.SIGNATURE, sign(ATTACKER, header, officer()));
    }

    @Test
    void tamperedClaims() {
        String[] parts = sign(KEY_A, officer()).split("\\.");
        JWTClaimsSet promoted = officerClaims().claim("realm_access", Map.of("roles", List.of("admin"))).build();
        String forged = parts[0] + "." + Base64URL.encode(promoted.toString()) + "." + parts[2];
        assertRejected(JwksTokenVerifier.SIGNATURE, forged);
        assertRejected(JwksTokenVerifier.SIGNATURE, parts[0] + "." + parts[1] + "." + parts[2].substring(4) + "AAAA");
    }

    @Test
    void unsignedAlgNoneIsRefused() {
        assertRejected(JwksTokenVerifier.UNSIGNED, FakeIssuer.handMade("{\"alg\":\"none\",\"typ\":\"JWT\"}", officer(), ""));
        assertRejected(JwksTokenVerifier.UNSIGNED, FakeIssuer.handMade("{\"alg\":\"none\"}", officer(), ""));
        // alg none with a (meaningless) signature part, and spelling variants
        rejected(FakeIssuer.handMade("{\"alg\":\"none\",\"kid\":\"rsa-a\"}", officer(), "c2lnbmF0dXJl"));
        for (String alg : List.of("None", "NONE", "nOnE")) {
            assertRejected(JwksTokenVerifier.ALGORITHM,
                    FakeIssuer.handMade("{\"alg\":\"" + alg + "\",\"kid\":\"rsa-a\"}", officer(), "c2lnbmF0dXJl"));
        }
        // a real signature with the header swapped for alg none
        String[] parts = sign(KEY_A, officer()).split("\\.");
        rejected(Base64URL.encode("{\"alg\":\"none\"}") + "." + parts[1] + "." + parts[2]);
    }

    @Test
    void hmacSignedWithThePublicKeyIsRefused() throws JOSEException {
        // the classic confusion attack: HS256 with the RSA public key (as published) used as the HMAC secret
        byte[] der = KEY_A.toRSAPublicKey().getEncoded();
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.encode(der) + "\n-----END PUBLIC KEY-----\n";
        List<byte[]> secrets = List.of(der, pem.getBytes(StandardCharsets.US_ASCII),
                KEY_A.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8));
        for (JWSAlgorithm alg : List.of(JWSAlgorithm.HS256, JWSAlgorithm.HS384, JWSAlgorithm.HS512)) {
            for (byte[] secret : secrets) {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg).keyID(KEY_A.getKeyID())
                        .type(JOSEObjectType.JWT).build(), officer());
                jwt.sign(new MACSigner(secret));
                assertRejected(JwksTokenVerifier.ALGORITHM, jwt.serialize());
            }
        }
    }

    @Test
    void unknownAndUnacceptedAlgorithmsAreRefused() {
        for (String alg : List.of("XYZ256", "RS1", "ES512", "ES384", "PS512", "EdDSA", "Ed25519", "ES256K", "")) {
            assertRejected(JwksTokenVerifier.ALGORITHM,
                    FakeIssuer.handMade("{\"alg\":\"" + alg + "\",\"kid\":\"rsa-a\"}", officer(), "c2lnbmF0dXJl"));
        }
    }

    @Test
    void unknownKidIsRefused() {
        assertRejected(JwksTokenVerifier.UNKNOWN_KEY, sign(ATTACKER, officer()));
    }

    @Test
    void encryptionKeyOfTheJwksIsNotASigningKey() {
        // the JWKS holds ENC_KEY ("use":"enc"): a token naming it is refused even when signed with it
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(ENC_KEY.getKeyID()).build();
        assertRejected(JwksTokenVerifier.UNKNOWN_KEY, sign(ENC_KEY, header, officer()));
    }

    @Test
    void keysNamedByTheTokenItselfAreNeverUsed() {
        // embedded jwk of the attacker's key, under the attacker's kid and under a real kid
        JWSHeader embedded = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(ATTACKER.getKeyID())
                .jwk(ATTACKER.toPublicJWK()).build();
        assertRejected(JwksTokenVerifier.UNKNOWN_KEY, sign(ATTACKER, embedded, officer()));
        JWSHeader embeddedRealKid = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_A.getKeyID())
                .jwk(ATTACKER.toPublicJWK()).build();
        assertRejected(JwksTokenVerifier.SIGNATURE, sign(ATTACKER, embeddedRealKid, officer()));
        // jku pointing at a JWKS that holds the attacker's key: never fetched
        issuer.server.stubFor(WireMock.get("/attacker/jwks").willReturn(WireMock.okJson(
                new com.nimbusds.jose.jwk.JWKSet(ATTACKER.toPublicJWK()).toString())));
        JWSHeader jku = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(ATTACKER.getKeyID())
                .jwkURL(URI.create("http://127.0.0.1:" + issuer.server.port() + "/attacker/jwks")).build();
        assertRejected(JwksTokenVerifier.UNKNOWN_KEY, sign(ATTACKER, jku, officer()));
        assertEquals(0, issuer.server.countRequestsMatching(
                WireMock.getRequestedFor(WireMock.urlEqualTo("/attacker/jwks")).build()).getCount());
    }

    @Test
    void criticalHeadersAreRefused() {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_A.getKeyID())
                .criticalParams(Set.of("exp")).customParam("exp", 1).build();
        assertRejected(JwksTokenVerifier.CRITICAL, sign(KEY_A, header, officer()));
    }

    // ---- refused: claims

    @Test
    void wrongIssuer() {
        for (String iss : List.of("http://127.0.0.1:8180/realms/other", "http://127.0.0.1:8180/realms/ngoaivu/",
                "https://127.0.0.1:8180/realms/ngoaivu", "http://localhost:8180/realms/ngoaivu")) {
            assertRejected(JwksTokenVerifier.ISSUER, sign(KEY_A, officerClaims().issuer(iss).build()));
        }
        assertRejected(JwksTokenVerifier.ISSUER, sign(KEY_A, officerClaims().issuer(null).build()));
        // a registered claim of the wrong JSON type makes the claims unreadable
        assertRejected(JwksTokenVerifier.MALFORMED, sign(KEY_A, officerClaims().claim("iss", List.of(
                FakeIssuer.ISSUER.toString())).build()));
    }

    @Test
    void expiredBeyondTheSkewIsRefusedWithinItAccepted() {
        // default skew: 30 s
        verifier.verify(sign(KEY_A, officerClaims().issueTime(secondsFromNow(-310)).expirationTime(secondsFromNow(-10))
                .build()));
        assertRejected(JwksTokenVerifier.EXPIRED, sign(KEY_A, officerClaims().issueTime(secondsFromNow(-360))
                .expirationTime(secondsFromNow(-60)).build()));
        assertRejected(JwksTokenVerifier.NO_EXPIRY, sign(KEY_A, officerClaims().expirationTime(null).build()));
        assertRejected(JwksTokenVerifier.MALFORMED, sign(KEY_A, officerClaims().claim("exp", "tomorrow").build()));
    }

    @Test
    void notBeforeOrIssuedInTheFutureBeyondTheSkewIsRefused() {
        verifier.verify(sign(KEY_A, officerClaims().notBeforeTime(secondsFromNow(10)).build()));
        assertRejected(JwksTokenVerifier.NOT_YET_VALID,
                sign(KEY_A, officerClaims().notBeforeTime(secondsFromNow(60)).build()));
        verifier.verify(sign(KEY_A, officerClaims().issueTime(secondsFromNow(10)).build()));
        assertRejected(JwksTokenVerifier.ISSUED_IN_FUTURE,
                sign(KEY_A, officerClaims().issueTime(secondsFromNow(60)).build()));
    }

    @Test
    void clockSkewIsASetting() {
        JwksTokenVerifier strict = new JwksTokenVerifier(issuer.settings().withClockSkew(java.time.Duration.ZERO));
        String expiredTenSecondsAgo = sign(KEY_A, officerClaims().expirationTime(secondsFromNow(-10)).build());
        InvalidTokenException e = assertThrows(InvalidTokenException.class, () -> strict.verify(expiredTenSecondsAgo));
        assertEquals(JwksTokenVerifier.EXPIRED, e.getMessage());
        verifier.verify(expiredTenSecondsAgo);
    }

    @Test
    void fixedClock() {
        Instant at = Instant.now().plus(java.time.Duration.ofDays(1));
        JwksTokenVerifier verifierAt = new JwksTokenVerifier(issuer.settings(),
                java.time.Clock.fixed(at, java.time.ZoneOffset.UTC));
        JWTClaimsSet claims = officerClaims().issueTime(Date.from(at.minusSeconds(100)))
                .expirationTime(Date.from(at.plusSeconds(200))).build();
        verifierAt.verify(sign(KEY_A, claims));
        assertRejected(JwksTokenVerifier.ISSUED_IN_FUTURE, sign(KEY_A, claims)); // for the real clock
    }

    @Test
    void subjectIsRequired() {
        assertRejected(JwksTokenVerifier.NO_SUBJECT, sign(KEY_A, officerClaims().subject(null).build()));
        assertRejected(JwksTokenVerifier.NO_SUBJECT, sign(KEY_A, officerClaims().subject(" ").build()));
    }

    @Test
    void idAndRefreshTokensAreNotAccessTokens() {
        for (String typ : List.of("ID", "Refresh", "Offline", "Logout")) {
            assertRejected(JwksTokenVerifier.NOT_ACCESS_TOKEN, sign(KEY_A, officerClaims().claim("typ", typ).build()));
        }
        verifier.verify(sign(KEY_A, officerClaims().claim("typ", null).build()));
    }

    // ---- garbage

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "a.b", "a.b.c", "....", "a.b.c.d", "a.b.c.d.e", "Bearer x",
            "eyJhbGciOiJSUzI1NiJ9", "eyJhbGciOiJSUzI1NiJ9..", "eyJhbGciOiJSUzI1NiJ9.e30.",
            "eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln", "bm90IGpzb24.e30.c2ln", "W10.e30.c2ln",
            "eyJhbGciOiJSUzI1NiJ9.W10.c2ln", "\u0000\u0001.\u0002.\u0003", "ü.ö.ä"})
    void garbageTokensAreRefusedNotCrashed(String token) {
        rejected(token);
    }

    @Test
    void nullAndHugeTokensAreRefused() {
        assertRejected(JwksTokenVerifier.MALFORMED, null);
        assertRejected(JwksTokenVerifier.MALFORMED, "a".repeat(JwksTokenVerifier.MAX_TOKEN_LENGTH + 1));
    }

    @Test
    void encryptedTokensAreRefused() {
        String jwe = Base64URL.encode("{\"alg\":\"RSA-OAEP\",\"enc\":\"A256GCM\"}") + ".a2V5.aXY.Y2lwaGVy.dGFn";
        assertRejected(JwksTokenVerifier.ENCRYPTED, jwe);
    }

    @Test
    void claimsThatAreNotJsonAreMalformed() throws JOSEException {
        // a valid signature over a payload that is not a JSON object
        JWSObject object = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_A.getKeyID()).build(),
                new Payload("[1,2,3]"));
        object.sign(new RSASSASigner(KEY_A));
        assertRejected(JwksTokenVerifier.MALFORMED, object.serialize());
    }
}
