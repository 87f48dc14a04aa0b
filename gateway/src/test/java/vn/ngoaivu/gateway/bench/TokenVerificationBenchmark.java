package vn.ngoaivu.gateway.bench;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import vn.ngoaivu.gateway.security.Caller;
import vn.ngoaivu.gateway.security.CachingTokenVerifier;
import vn.ngoaivu.gateway.security.JwksTokenVerifier;
import vn.ngoaivu.gateway.security.OidcSettings;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Time of one {@link JwksTokenVerifier#verify} of a valid RS256 Keycloak-shaped access token with a warm key cache
 * (the JWKS comes from an in-process WireMock once, in setup; no network in the measured path), against two
 * baselines on the same token: the bare RSA signature check ({@link RSASSAVerifier#verify}) and parse + signature
 * check with nimbus. The difference is our overhead: key lookup, header and claim checks, mapping to {@link Caller}.
 * <p>
 * Run with {@code deploy/bench/token-verification.sh}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class TokenVerificationBenchmark {

    private static final String ISSUER = "http://127.0.0.1:8180/realms/ngoaivu";
    private static final String JWKS_PATH = "/realms/ngoaivu/protocol/openid-connect/certs";

    private WireMockServer server;
    private JwksTokenVerifier verifier;
    private CachingTokenVerifier cachingVerifier;
    private String token;
    private RSASSAVerifier rawVerifier;
    private JWSHeader header;
    private byte[] signingInput;
    private Base64URL signature;

    @Setup(Level.Trial)
    public void setUp() throws JOSEException, ParseException {
        RSAKey key = new RSAKeyGenerator(2048).keyID("bench-rsa").keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256).generate();
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(get(urlEqualTo(JWKS_PATH)).willReturn(
                okForContentType("application/json", new JWKSet(key).toString(true))));

        OidcSettings settings = OidcSettings.of(URI.create(ISSUER),
                URI.create("http://127.0.0.1:" + server.port() + JWKS_PATH), "ngoaivu-api");
        verifier = new JwksTokenVerifier(settings);

        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER).audience("ngoaivu-api").subject("5f5dc1e5-401e-463a-8ce3-af16d0534416")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(3600)))
                .jwtID("onrtro:" + UUID.randomUUID()).claim("typ", "Bearer").claim("azp", "ngoaivu-console")
                .claim("sid", "BO7Yh0lHQEcuBJdr48zx-eNz").claim("acr", "1")
                .claim("allowed-origins", List.of("http://127.0.0.1:8080", "http://localhost:8080"))
                .claim("realm_access", Map.of("roles", List.of("officer")))
                .claim("scope", "openid profile email").claim("unit", "HTQT").claim("email_verified", true)
                .claim("name", "Thị Thu Hà Nguyễn").claim("preferred_username", "can.bo.htqt")
                .claim("given_name", "Thị Thu Hà").claim("family_name", "Nguyễn")
                .claim("email", "can.bo.htqt@ngoaivu.example")
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        token = jwt.serialize();

        SignedJWT parsed = SignedJWT.parse(token);
        header = parsed.getHeader();
        signingInput = parsed.getSigningInput();
        signature = parsed.getSignature();
        rawVerifier = new RSASSAVerifier(key.toRSAPublicKey());

        // warm the key cache, and fail early if something is off
        Caller caller = verifier.verify(token);
        if (caller.username().isEmpty() || !rawVerifier.verify(header, signingInput, signature)) {
            throw new IllegalStateException("benchmark token does not verify");
        }
        cachingVerifier = new CachingTokenVerifier(verifier, java.time.Clock.systemUTC(), 10_000);
        cachingVerifier.verify(token);
        System.out.println("token: " + token.getBytes(StandardCharsets.US_ASCII).length + " bytes");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        verifier.close();
        server.stop();
    }

    /** Ours: parse, header checks, key lookup in the cache, RSA check, claim checks, Caller. */
    @Benchmark
    public Caller verify() {
        return verifier.verify(token);
    }

    /** What the gateway runs per request: a token seen before is found in the cache of verified tokens. */
    @Benchmark
    public Caller verifyCached() {
        return cachingVerifier.verify(token);
    }

    /** Baseline: the RS256 signature check alone (RSASSAVerifier on pre-parsed parts). */
    @Benchmark
    public boolean rawSignatureOnly() throws JOSEException {
        return rawVerifier.verify(header, signingInput, signature);
    }

    /** Baseline: nimbus parse of the compact token + RS256 signature check. */
    @Benchmark
    public boolean parseAndSignature() throws ParseException, JOSEException {
        return SignedJWT.parse(token).verify(rawVerifier);
    }
}
