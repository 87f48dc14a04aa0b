package vn.ngoaivu.registry.national;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.helidon.faulttolerance.CircuitBreaker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a connector behaves when the national system misbehaves, the same for every connector: subclasses say how
 * to look one record up and what a good and a malformed answer look like. One WireMock server per class, reset
 * before each test; timeouts and delays are short so the whole contract runs in a few seconds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConnectorResilienceContract {

    static final String TOKEN = "test-token-123";
    static final Duration READ_TIMEOUT = Duration.ofMillis(250);
    static final int ATTEMPTS = 3;

    protected WireMockServer server;

    /** The base URI's path, under which the connector's paths must land, e.g. {@code /edoc}. */
    protected abstract String basePath();

    /** Looks up the record with this identifier (exchange id, dossier code) through a connector on {@code http}. */
    protected abstract Optional<?> lookup(ResilientHttp http, String id);

    /** The request path for an identifier, already percent-encoded. */
    protected abstract String lookupPath(String encodedId);

    /** An identifier the good answer describes, and its percent-encoded form. */
    protected abstract String knownId();

    protected abstract String knownIdEncoded();

    /** A 200 answer describing {@link #knownId()}. */
    protected abstract ResponseDefinitionBuilder goodAnswer();

    /** A 200 answer of the right media type whose body is not well-formed. */
    protected abstract ResponseDefinitionBuilder malformedAnswer();

    @BeforeAll
    void startServer() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        // Class loading in the client and the server takes longer than the tests' 250 ms read timeout, once.
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)));
        ConnectorSettings patient = settings().withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(10));
        new ResilientHttp(patient).get(List.of("warm-up"), "application/octet-stream", 16);
    }

    @AfterAll
    void stopServer() {
        server.stop();
    }

    @BeforeEach
    void resetServer() {
        server.resetAll();
    }

    /** Fast settings; a breaker that only opens after 1000 calls, so it stays out of the tests not about it. */
    ConnectorSettings settings() {
        return new ConnectorSettings("test-system", URI.create(server.baseUrl() + basePath()), TOKEN,
                Duration.ofMillis(250), READ_TIMEOUT, Duration.ofSeconds(3), ATTEMPTS,
                new ConnectorSettings.Backoff(Duration.ofMillis(10), 2.0, Duration.ofMillis(40)),
                new ConnectorSettings.Breaker(1000, 100, Duration.ofSeconds(1), 1), 64 * 1024, 256 * 1024);
    }

    ResilientHttp http() {
        return new ResilientHttp(settings());
    }

    String knownPath() {
        return lookupPath(knownIdEncoded());
    }

    void stubKnown(ResponseDefinitionBuilder answer) {
        server.stubFor(get(urlEqualTo(knownPath())).willReturn(answer));
    }

    int requestsTo(String path) {
        return server.countRequestsMatching(getRequestedFor(urlEqualTo(path)).build()).getCount();
    }

    @Test
    void sendsTheBearerTokenToTheConfiguredPathAndReadsTheAnswer() {
        stubKnown(goodAnswer());
        assertTrue(lookup(http(), knownId()).isPresent());
        List<LoggedRequest> requests = server.findAll(getRequestedFor(urlEqualTo(knownPath())));
        assertEquals(1, requests.size());
        assertEquals("Bearer " + TOKEN, requests.getFirst().getHeader("Authorization"));
    }

    @Test
    void unknownIsEmpty() {
        stubKnown(aResponse().withStatus(404));
        assertEquals(Optional.empty(), lookup(http(), knownId()));
        assertEquals(1, requestsTo(knownPath()), "a 404 is an answer, not retried");
    }

    @Test
    void slowAnswerTimesOutAfterEveryAttempt() {
        stubKnown(goodAnswer().withFixedDelay((int) READ_TIMEOUT.toMillis() * 3));
        var e = assertThrows(NationalSystemUnavailable.class, () -> lookup(http(), knownId()));
        assertEquals(NationalSystemUnavailable.Reason.TIMEOUT, e.reason(), e.getMessage());
        assertEquals(ATTEMPTS, requestsTo(knownPath()));
    }

    @Test
    void serverErrorThenSuccessIsRetried() {
        server.stubFor(get(urlEqualTo(knownPath())).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        server.stubFor(get(urlEqualTo(knownPath())).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(goodAnswer()));
        assertTrue(lookup(http(), knownId()).isPresent());
        assertEquals(2, requestsTo(knownPath()));
    }

    @ParameterizedTest
    @CsvSource({"500", "502", "503", "504"})
    void persistentServerErrorIsUnavailableAfterEveryAttempt(int status) {
        stubKnown(aResponse().withStatus(status));
        var e = assertThrows(NationalSystemUnavailable.class, () -> lookup(http(), knownId()));
        assertEquals(NationalSystemUnavailable.Reason.SERVER_ERROR, e.reason());
        assertTrue(e.getMessage().contains("HTTP " + status), e.getMessage());
        assertEquals(ATTEMPTS, requestsTo(knownPath()));
    }

    @Test
    void connectionResetIsUnavailableAfterEveryAttempt() {
        stubKnown(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        var e = assertThrows(NationalSystemUnavailable.class, () -> lookup(http(), knownId()));
        assertEquals(NationalSystemUnavailable.Reason.CONNECTION, e.reason(), e.getMessage());
        assertEquals(ATTEMPTS, requestsTo(knownPath()));
    }

    @Test
    void refusedConnectionIsUnavailable() {
        WireMockServer gone = new WireMockServer(options().dynamicPort());
        gone.start();
        int port = gone.port();
        gone.stop();
        ConnectorSettings s = settings();
        ResilientHttp http = new ResilientHttp(new ConnectorSettings(s.system(), URI.create("http://127.0.0.1:" + port),
                TOKEN, s.connectTimeout(), s.readTimeout(), s.overallTimeout(), s.attempts(), s.backoff(), s.breaker(),
                s.maxAnswerBytes(), s.maxFileBytes()));
        var e = assertThrows(NationalSystemUnavailable.class, () -> lookup(http, knownId()));
        assertEquals(NationalSystemUnavailable.Reason.CONNECTION, e.reason(), e.getMessage());
    }

    @Test
    void malformedAnswerIsNotRetried() {
        stubKnown(malformedAnswer());
        var e = assertThrows(MalformedAnswer.class, () -> lookup(http(), knownId()));
        assertEquals(MalformedAnswer.Kind.UNPARSEABLE, e.kind(), e.getMessage());
        assertEquals(1, requestsTo(knownPath()));
    }

    @Test
    void answerOfAnotherMediaTypeIsMalformed() {
        stubKnown(goodAnswer().withHeader("Content-Type", "text/html"));
        var e = assertThrows(MalformedAnswer.class, () -> lookup(http(), knownId()));
        assertTrue(e.getMessage().contains("text/html"), e.getMessage());
        assertEquals(1, requestsTo(knownPath()));
    }

    @ParameterizedTest
    @CsvSource({"401", "403"})
    void refusedCredentialsAreAConfigurationErrorNotRetried(int status) {
        stubKnown(aResponse().withStatus(status));
        var e = assertThrows(NationalSystemRejected.class, () -> lookup(http(), knownId()));
        assertEquals(status, e.status());
        assertTrue(e.configurationError());
        assertTrue(e.vietnamese().contains("cấu hình"), e.vietnamese());
        assertEquals(1, requestsTo(knownPath()));
    }

    @Test
    void otherClientErrorIsRejectedNotRetried() {
        stubKnown(aResponse().withStatus(400));
        var e = assertThrows(NationalSystemRejected.class, () -> lookup(http(), knownId()));
        assertEquals(400, e.status());
        assertFalse(e.configurationError());
        assertEquals(1, requestsTo(knownPath()));
    }

    @Test
    void throttledIsUnavailableWithoutRetry() {
        stubKnown(aResponse().withStatus(429));
        var e = assertThrows(NationalSystemUnavailable.class, () -> lookup(http(), knownId()));
        assertEquals(NationalSystemUnavailable.Reason.THROTTLED, e.reason());
        assertEquals(1, requestsTo(knownPath()));
    }

    @Test
    void redirectToAnotherHostIsNotFollowed() {
        WireMockServer elsewhere = new WireMockServer(options().dynamicPort());
        elsewhere.start();
        try {
            elsewhere.stubFor(any(anyUrl()).willReturn(goodAnswer()));
            stubKnown(aResponse().withStatus(302).withHeader("Location", elsewhere.baseUrl() + knownPath()));
            var e = assertThrows(NationalSystemRejected.class, () -> lookup(http(), knownId()));
            assertEquals(302, e.status());
            assertEquals(0, elsewhere.getAllServeEvents().size(), "the other host was called");
            assertEquals(1, requestsTo(knownPath()));
        } finally {
            elsewhere.stop();
        }
    }

    @Test
    void answerOverTheCapIsRefused() {
        stubKnown(goodAnswer().withBody(new byte[settings().maxAnswerBytes() + 1]));
        var e = assertThrows(MalformedAnswer.class, () -> lookup(http(), knownId()));
        assertEquals(MalformedAnswer.Kind.TOO_LARGE, e.kind());
        assertEquals(1, requestsTo(knownPath()));
    }

    @Test
    void chunkedAnswerOverTheCapIsRefusedWhileStreaming() {
        // No Content-Length: the cap is found by reading, and reading stops there.
        stubKnown(goodAnswer().withBody(new byte[settings().maxAnswerBytes() * 3]).withChunkedDribbleDelay(4, 20));
        var e = assertThrows(MalformedAnswer.class, () -> lookup(http(), knownId()));
        assertEquals(MalformedAnswer.Kind.TOO_LARGE, e.kind());
        assertTrue(e.getMessage().contains("more than"), e.getMessage());
    }

    /**
     * Identifiers that would leave the configured path or host if pasted into a URL: each goes as one encoded
     * segment to the configured server.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "../admin              | ..%2Fadmin",
            "http://evil.example/x | http%3A%2F%2Fevil.example%2Fx",
            "a/b                   | a%2Fb",
            "%2e%2e                | %252e%252e",
            "@evil                 | %40evil",
            "x?admin=1#frag        | x%3Fadmin%3D1%23frag",
            "Sở Ngoại vụ           | S%E1%BB%9F%20Ngo%E1%BA%A1i%20v%E1%BB%A5"})
    void hostileIdentifierStaysOneSegmentOnTheConfiguredHost(String id, String encoded) {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)));
        assertEquals(Optional.empty(), lookup(http(), id));
        var events = server.getAllServeEvents();
        assertEquals(1, events.size());
        assertEquals(lookupPath(encoded), events.getFirst().getRequest().getUrl());
        assertEquals("localhost:" + server.port(), events.getFirst().getRequest().getHeader("Host"));
    }

    @ParameterizedTest
    @CsvSource({"''", "'.'", "'..'"})
    void identifierThatIsNoSegmentIsRefusedBeforeAnyCall(String id) {
        assertThrows(IllegalArgumentException.class, () -> lookup(http(), id));
        assertEquals(0, server.getAllServeEvents().size());
    }

    @Test
    void openCircuitFailsFastThenAProbeClosesIt() throws InterruptedException {
        ConnectorSettings s = settings();
        ResilientHttp http = new ResilientHttp(s.withRetry(1, s.backoff())
                .withBreaker(new ConnectorSettings.Breaker(2, 100, Duration.ofMillis(300), 1)));
        stubKnown(aResponse().withStatus(503));
        for (int i = 0; i < 2; i++) {
            var e = assertThrows(NationalSystemUnavailable.class, () -> lookup(http, knownId()));
            assertEquals(NationalSystemUnavailable.Reason.SERVER_ERROR, e.reason());
        }
        assertEquals(CircuitBreaker.State.OPEN, http.circuitState());

        var open = assertThrows(NationalSystemUnavailable.class, () -> lookup(http, knownId()));
        assertEquals(NationalSystemUnavailable.Reason.CIRCUIT_OPEN, open.reason());
        assertTrue(open.getMessage().contains("circuit open"), open.getMessage());
        assertEquals(2, requestsTo(knownPath()), "an open circuit must not call the system");

        stubKnown(goodAnswer());
        awaitState(http, CircuitBreaker.State.HALF_OPEN);
        assertTrue(lookup(http, knownId()).isPresent(), "the probe");
        assertEquals(CircuitBreaker.State.CLOSED, http.circuitState());
        assertTrue(lookup(http, knownId()).isPresent());
        assertEquals(4, requestsTo(knownPath()));
    }

    @Test
    void answersThatAreNotOutagesDoNotOpenTheCircuit() {
        ConnectorSettings s = settings();
        ResilientHttp http = new ResilientHttp(s.withBreaker(new ConnectorSettings.Breaker(2, 100, Duration.ofSeconds(5), 1)));
        // A malformed body is parsed after the call, a wrong media type is refused within it: neither is an outage.
        stubKnown(malformedAnswer());
        assertThrows(MalformedAnswer.class, () -> lookup(http, knownId()));
        assertThrows(MalformedAnswer.class, () -> lookup(http, knownId()));
        stubKnown(goodAnswer().withHeader("Content-Type", "text/html"));
        assertThrows(MalformedAnswer.class, () -> lookup(http, knownId()));
        assertThrows(MalformedAnswer.class, () -> lookup(http, knownId()));
        assertEquals(CircuitBreaker.State.CLOSED, http.circuitState());
        stubKnown(aResponse().withStatus(403));
        assertThrows(NationalSystemRejected.class, () -> lookup(http, knownId()));
        assertThrows(NationalSystemRejected.class, () -> lookup(http, knownId()));
        assertEquals(CircuitBreaker.State.CLOSED, http.circuitState());
        stubKnown(goodAnswer());
        assertTrue(lookup(http, knownId()).isPresent());
    }

    @Test
    void overallTimeoutBoundsTheWholeCall() {
        ConnectorSettings s = settings();
        // Each attempt waits up to 250 ms; five of them cannot fit in 400 ms.
        ResilientHttp http = new ResilientHttp(s.withRetry(5, s.backoff())
                .withTimeouts(s.connectTimeout(), s.readTimeout(), Duration.ofMillis(400)));
        stubKnown(goodAnswer().withFixedDelay(1000));
        long start = System.nanoTime();
        var e = assertThrows(NationalSystemUnavailable.class, () -> lookup(http, knownId()));
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertEquals(NationalSystemUnavailable.Reason.TIMEOUT, e.reason(), e.getMessage());
        assertTrue(millis < 900, "took " + millis + " ms");
        assertTrue(requestsTo(knownPath()) < 5, "all five attempts were made");
    }

    private static void awaitState(ResilientHttp http, CircuitBreaker.State state) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (http.circuitState() != state && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(state, http.circuitState());
    }
}
