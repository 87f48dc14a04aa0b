package vn.ngoaivu.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A stand-in for Keycloak in the gateway's tests: an RSA key whose JWKS WireMock serves, and access
 * tokens shaped like the ngoaivu realm's (see deploy/keycloak/README.md) for each kind of caller.
 * The real Keycloak is exercised by KeycloakIT.
 */
public final class TestIdentities implements AutoCloseable {

    public static final String ISSUER = "http://127.0.0.1:1/realms/ngoaivu";
    public static final String AUDIENCE = "ngoaivu-api";

    /** The callers of the access matrix. */
    public enum Identity {
        ANONYMOUS, PARTNER_WITHOUT_SCOPE, PARTNER_WITH_SCOPE, OFFICER_UNIT_A, OFFICER_UNIT_B, LEADER, ADMIN
    }

    private final RSAKey key;
    private final WireMockServer jwks;

    public TestIdentities() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        jwks = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        jwks.start();
        jwks.stubFor(get(urlEqualTo("/certs")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody(new JWKSet(key.toPublicJWK()).toString())));
    }

    public String jwksUri() {
        return "http://127.0.0.1:" + jwks.port() + "/certs";
    }

    /** Configuration overrides that make a platform trust these tokens. */
    public Map<String, String> config() {
        return Map.of(
                "platform.security.issuer", ISSUER,
                "platform.security.jwks-uri", jwksUri(),
                "platform.security.audience", AUDIENCE);
    }

    /** The access token of an identity; empty for anonymous. */
    public String token(Identity identity) {
        return switch (identity) {
            case ANONYMOUS -> null;
            case PARTNER_WITHOUT_SCOPE -> partner("demo-partner-noscope", "");
            case PARTNER_WITH_SCOPE -> partner("demo-partner", "experts:read records:read opendata:read");
            case OFFICER_UNIT_A -> person("can.bo.htqt", "officer", "HTQT");
            case OFFICER_UNIT_B -> person("can.bo.lanhsu", "officer", "LSNVNONN");
            case LEADER -> person("lanh.dao", "leader", "VP");
            case ADMIN -> person("quan.tri", "admin", null);
        };
    }

    public String partner(String clientId, String scope) {
        return sign(base("service-account-" + clientId, clientId)
                .claim("realm_access", Map.of("roles", List.of("partner")))
                .claim("scope", scope)
                .claim("client_id", clientId)
                .build());
    }

    public String person(String username, String role, String unit) {
        JWTClaimsSet.Builder claims = base(username, "ngoaivu-console")
                .claim("realm_access", Map.of("roles", List.of(role, "default-roles-ngoaivu")))
                .claim("scope", "openid profile email");
        if (unit != null) {
            claims.claim("unit", unit);
        }
        return sign(claims.build());
    }

    private static JWTClaimsSet.Builder base(String username, String clientId) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(UUID.nameUUIDFromBytes(username.getBytes()).toString())
                .claim("azp", clientId)
                .claim("preferred_username", username)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID(UUID.randomUUID().toString());
    }

    private String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        jwks.stop();
    }
}
