package vn.ngoaivu.gateway.security;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A stand-in for the Keycloak realm: serves a JWKS with WireMock (dynamic port) and signs tokens with the shape
 * Keycloak 26 gives this realm (see deploy/keycloak/README.md).
 */
final class FakeIssuer implements AutoCloseable {

    /** The {@code iss} of the tokens; deliberately not the WireMock address (the verifier must not care). */
    static final URI ISSUER = URI.create("http://127.0.0.1:8180/realms/ngoaivu");
    static final String AUDIENCE = "ngoaivu-api";
    static final String JWKS_PATH = "/realms/ngoaivu/protocol/openid-connect/certs";

    // RSA key generation is the slow part of these tests: a few keys shared by all of them.
    /** Like Keycloak's: {@code "alg":"RS256"} in the JWK. */
    static final RSAKey KEY_A = rsa("rsa-a", JWSAlgorithm.RS256);
    /** Without {@code alg}: usable with every RSA signature algorithm. */
    static final RSAKey KEY_B = rsa("rsa-b", null);
    static final RSAKey ATTACKER = rsa("rsa-attacker", JWSAlgorithm.RS256);
    static final ECKey EC_KEY = ec("ec-p256");
    /** Keycloak also publishes an RSA-OAEP encryption key; it must never be used to check signatures. */
    static final RSAKey ENC_KEY = encryptionKey();

    final WireMockServer server;

    FakeIssuer() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
                .containerThreads(12).jettyAcceptors(1).asynchronousResponseEnabled(false));
        server.start();
    }

    URI jwksUri() {
        return URI.create("http://127.0.0.1:" + server.port() + JWKS_PATH);
    }

    /** Settings with short timeouts, so outages are noticed quickly. */
    OidcSettings settings() {
        return OidcSettings.of(ISSUER, jwksUri(), AUDIENCE)
                .withHttp(Duration.ofMillis(500), Duration.ofMillis(500), 64 * 1024);
    }

    /** Serves the public parts of these keys, plus the encryption key, as the JWKS. */
    FakeIssuer serveKeys(JWK... keys) {
        List<JWK> all = new ArrayList<>(List.of(keys));
        all.add(ENC_KEY);
        return serve(okForContentType("application/json", new JWKSet(all).toString(true)));
    }

    FakeIssuer serve(ResponseDefinitionBuilder response) {
        server.stubFor(get(urlEqualTo(JWKS_PATH)).willReturn(response));
        return this;
    }

    FakeIssuer serveStatus(int status, String contentType, String body) {
        return serve(aResponse().withStatus(status).withHeader("Content-Type", contentType).withBody(body));
    }

    int jwksFetches() {
        return server.countRequestsMatching(getRequestedFor(urlEqualTo(JWKS_PATH)).build()).getCount();
    }

    @Override
    public void close() {
        if (server.isRunning()) {
            server.stop();
        }
    }

    // ---- tokens

    /** The claims of an access token of officer can.bo.htqt, valid for 5 minutes from now. */
    static JWTClaimsSet.Builder officerClaims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER.toString())
                .audience(AUDIENCE)
                .subject("5f5dc1e5-401e-463a-8ce3-af16d0534416")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID("onrtro:" + UUID.randomUUID())
                .claim("typ", "Bearer")
                .claim("azp", "ngoaivu-console")
                .claim("sid", "BO7Yh0lHQEcuBJdr48zx-eNz")
                .claim("acr", "1")
                .claim("allowed-origins", List.of("http://127.0.0.1:8080", "http://localhost:8080"))
                .claim("realm_access", Map.of("roles", List.of("officer")))
                .claim("scope", "openid profile email")
                .claim("unit", "HTQT")
                .claim("email_verified", true)
                .claim("name", "Thị Thu Hà Nguyễn")
                .claim("preferred_username", "can.bo.htqt")
                .claim("given_name", "Thị Thu Hà")
                .claim("family_name", "Nguyễn")
                .claim("email", "can.bo.htqt@ngoaivu.example");
    }

    /** The claims of a client-credentials token of demo-partner (its service account). */
    static JWTClaimsSet.Builder partnerClaims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER.toString())
                .audience(AUDIENCE)
                .subject("a45e4e89-0c62-42cd-b66b-a3ebed2a459a")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID("trrtcc:" + UUID.randomUUID())
                .claim("typ", "Bearer")
                .claim("azp", "demo-partner")
                .claim("realm_access", Map.of("roles", List.of("partner")))
                .claim("scope", "records:read experts:read")
                .claim("clientHost", "127.0.0.1")
                .claim("preferred_username", "service-account-demo-partner")
                .claim("clientAddress", "127.0.0.1")
                .claim("client_id", "demo-partner");
    }

    static String sign(JWK key, JWTClaimsSet claims) {
        JWSAlgorithm alg = key instanceof ECKey ? JWSAlgorithm.ES256 : JWSAlgorithm.RS256;
        return sign(key, new JWSHeader.Builder(alg).type(JOSEObjectType.JWT).keyID(key.getKeyID()).build(), claims);
    }

    static String sign(JWK key, JWSHeader header, JWTClaimsSet claims) {
        try {
            JWSSigner signer = key instanceof ECKey ec ? new ECDSASigner(ec) : new RSASSASigner((RSAKey) key);
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A compact token assembled by hand: header JSON, claims, and a signature part as given. */
    static String handMade(String headerJson, JWTClaimsSet claims, String signaturePart) {
        return Base64URL.encode(headerJson.getBytes(StandardCharsets.UTF_8)) + "."
                + Base64URL.encode(claims.toString().getBytes(StandardCharsets.UTF_8)) + "." + signaturePart;
    }

    private static RSAKey rsa(String kid, JWSAlgorithm alg) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(alg).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ECKey ec(String kid) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(kid).keyUse(KeyUse.SIGNATURE).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey encryptionKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("rsa-enc").keyUse(KeyUse.ENCRYPTION)
                    .algorithm(com.nimbusds.jose.JWEAlgorithm.parse("RSA-OAEP")).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
