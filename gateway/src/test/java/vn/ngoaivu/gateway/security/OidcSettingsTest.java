package vn.ngoaivu.gateway.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Set;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Settings: defaults, validation, the Keycloak shortcut and discovery. */
class OidcSettingsTest {

    private static final URI ISSUER = URI.create("http://127.0.0.1:8180/realms/ngoaivu");
    private static final Duration SHORT = Duration.ofMillis(500);

    private FakeIssuer issuer;

    @BeforeEach
    void start() {
        issuer = new FakeIssuer();
    }

    @AfterEach
    void stop() {
        issuer.close();
    }

    @Test
    void keycloakRealmDefaults() {
        OidcSettings settings = OidcSettings.forKeycloakRealm(ISSUER, "ngoaivu-api");
        assertEquals(URI.create("http://127.0.0.1:8180/realms/ngoaivu/protocol/openid-connect/certs"),
                settings.jwksUri());
        assertEquals(Duration.ofSeconds(30), settings.clockSkew());
        assertEquals(Duration.ofMinutes(5), settings.jwksCacheTtl());
        assertEquals(Duration.ofSeconds(10), settings.jwksMinRefreshInterval());
        assertEquals(Duration.ofSeconds(30), settings.jwksRefreshAhead());
        assertEquals(OidcSettings.forKeycloakRealm(URI.create(ISSUER + "/"), "ngoaivu-api").jwksUri(),
                settings.jwksUri());
    }

    @Test
    void invalidSettingsAreRefused() {
        URI jwks = URI.create(ISSUER + "/protocol/openid-connect/certs");
        assertThrows(IllegalArgumentException.class, () -> OidcSettings.of(URI.create("realms/ngoaivu"), jwks, "a"));
        assertThrows(IllegalArgumentException.class,
                () -> OidcSettings.of(ISSUER, URI.create("file:///etc/passwd"), "a"));
        assertThrows(IllegalArgumentException.class, () -> OidcSettings.of(ISSUER, jwks, " "));
        assertThrows(NullPointerException.class, () -> OidcSettings.of(ISSUER, jwks, null));
        OidcSettings ok = OidcSettings.of(ISSUER, jwks, "ngoaivu-api");
        assertThrows(IllegalArgumentException.class, () -> ok.withClockSkew(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> ok.withClockSkew(Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> ok.withJwksCache(Duration.ofSeconds(10),
                Duration.ofSeconds(1), Duration.ZERO, Duration.ofSeconds(10), Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> ok.withJwksCache(Duration.ofSeconds(10),
                Duration.ofSeconds(2), Duration.ofSeconds(9), Duration.ofSeconds(1), Duration.ofHours(1)));
        ok.withJwksCache(Duration.ofSeconds(10), Duration.ofSeconds(2), Duration.ofSeconds(8), Duration.ofSeconds(1),
                Duration.ofHours(1));
        assertThrows(IllegalArgumentException.class, () -> ok.withHttp(Duration.ZERO, SHORT, 65536));
        assertThrows(IllegalArgumentException.class, () -> ok.withHttp(SHORT, SHORT, 10));
    }

    private String discoveryDocument(String issuerValue, String jwksUri) {
        return "{\"issuer\":\"" + issuerValue + "\",\"jwks_uri\":\"" + jwksUri + "\","
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
    }

    private URI wiremockIssuer() {
        return URI.create("http://127.0.0.1:" + issuer.server.port() + "/realms/ngoaivu");
    }

    private void serveDiscovery(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
        issuer.server.stubFor(get(urlEqualTo("/realms/ngoaivu/.well-known/openid-configuration"))
                .willReturn(response));
    }

    @Test
    void discoveryFindsTheJwksUri() throws IOException {
        URI iss = wiremockIssuer();
        serveDiscovery(okJson(discoveryDocument(iss.toString(), iss + "/protocol/openid-connect/certs")));
        OidcSettings settings = OidcSettings.discover(iss, "ngoaivu-api", SHORT, SHORT);
        assertEquals(URI.create(iss + "/protocol/openid-connect/certs"), settings.jwksUri());
        assertEquals(iss, settings.issuer());

        // and the discovered settings verify tokens of that issuer
        issuer.serveKeys(FakeIssuer.KEY_A);
        JwksTokenVerifier verifier = new JwksTokenVerifier(settings);
        String token = FakeIssuer.sign(FakeIssuer.KEY_A, FakeIssuer.officerClaims().issuer(iss.toString()).build());
        assertEquals(Set.of(Role.OFFICER), verifier.verify(token).roles());
    }

    @Test
    void discoveryRefusesBadDocuments() {
        URI iss = wiremockIssuer();
        String jwks = iss + "/protocol/openid-connect/certs";
        for (var response : new com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder[]{
                okJson(discoveryDocument("http://evil.example/realms/ngoaivu", jwks)),
                okJson(discoveryDocument(iss.toString(), "file:///etc/passwd")),
                okJson("{\"issuer\":\"" + iss + "\"}"),
                okJson("{"),
                aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html></html>"),
                aResponse().withStatus(404),
                aResponse().withStatus(503),
                okJson(discoveryDocument(iss.toString(), jwks)).withFixedDelay(1500)}) {
            serveDiscovery(response);
            long started = System.nanoTime();
            assertThrows(IOException.class, () -> OidcDiscovery.jwksUri(iss, SHORT, SHORT));
            assertTrue(System.nanoTime() - started < Duration.ofSeconds(3).toNanos());
        }
        issuer.close();
        assertThrows(IOException.class, () -> OidcDiscovery.jwksUri(iss, SHORT, SHORT));
    }
}
