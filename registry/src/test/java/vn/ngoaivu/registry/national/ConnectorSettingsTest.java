package vn.ngoaivu.registry.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConnectorSettingsTest {

    static final URI BASE = URI.create("https://edoc.example.gov.vn/api/v1");

    @Test
    void defaultsAreTheDocumentedProductionValues() {
        ConnectorSettings s = ConnectorSettings.defaults("document-system", BASE, "token");
        assertEquals(Duration.ofSeconds(2), s.connectTimeout());
        assertEquals(Duration.ofSeconds(5), s.readTimeout());
        assertEquals(3, s.attempts());
        assertEquals(new ConnectorSettings.Backoff(Duration.ofMillis(200), 2.0, Duration.ofSeconds(2)), s.backoff());
        assertEquals(new ConnectorSettings.Breaker(10, 50, Duration.ofSeconds(30), 1), s.breaker());
        assertEquals(50 * 1024 * 1024, s.maxFileBytes());
    }

    @Test
    void toStringHidesTheToken() {
        String text = ConnectorSettings.defaults("document-system", BASE, "s3cr3t-token").toString();
        assertFalse(text.contains("s3cr3t-token"), text);
        assertTrue(text.contains("edoc.example.gov.vn"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://edoc.example/x", "/relative/path", "https://edoc.example/x?a=1",
            "https://edoc.example/x#f", "https://user:pw@edoc.example/x", "https:///nohost", "https://edoc.example/a/../b",
            "https://edoc.example/a%2Fb", "https://edoc.example//x"})
    void refusesABaseUriTheConnectorCouldNotStayOn(String uri) {
        assertThrows(IllegalArgumentException.class, () -> ConnectorSettings.defaults("s", URI.create(uri), "token"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080", "https://edoc.example/", "https://edoc.example/adapter/v1"})
    void acceptsPlainBaseUris(String uri) {
        assertEquals(URI.create(uri), ConnectorSettings.defaults("s", URI.create(uri), "token").baseUri());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "two words", "line\r\nX-Injected: 1"})
    void refusesATokenThatCouldNotBeAHeader(String token) {
        assertThrows(IllegalArgumentException.class, () -> ConnectorSettings.defaults("s", BASE, token));
    }

    @Test
    void refusesNonsenseTimingsAndLimits() {
        ConnectorSettings s = ConnectorSettings.defaults("s", BASE, "token");
        assertThrows(IllegalArgumentException.class, () -> s.withTimeouts(Duration.ZERO, s.readTimeout(), s.overallTimeout()));
        assertThrows(IllegalArgumentException.class, () -> s.withTimeouts(s.connectTimeout(), Duration.ofMillis(-1), s.overallTimeout()));
        assertThrows(IllegalArgumentException.class, () -> s.withRetry(0, s.backoff()));
        assertThrows(IllegalArgumentException.class, () -> s.withSizeCaps(0, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new ConnectorSettings.Backoff(Duration.ofMillis(200), 0.5, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new ConnectorSettings.Backoff(Duration.ofSeconds(2), 2, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new ConnectorSettings.Breaker(10, 0, Duration.ofSeconds(1), 1));
        assertThrows(IllegalArgumentException.class, () -> new ConnectorSettings.Breaker(10, 101, Duration.ofSeconds(1), 1));
        assertThrows(IllegalArgumentException.class, () -> new ConnectorSettings.Breaker(0, 50, Duration.ofSeconds(1), 1));
    }

    @Test
    void backoffGrowsByItsFactorUpToItsCeiling() {
        CappedBackoff backoff = new CappedBackoff(5, new ConnectorSettings.Backoff(Duration.ofMillis(200), 2.0,
                Duration.ofMillis(500)));
        // Helidon asks after failed call 1, 2, …; the fifth failure ends the retries.
        assertEquals(Optional.of(200L), backoff.nextDelayMillis(0, 0, 1));
        assertEquals(Optional.of(400L), backoff.nextDelayMillis(0, 200, 2));
        assertEquals(Optional.of(500L), backoff.nextDelayMillis(0, 400, 3));
        assertEquals(Optional.of(500L), backoff.nextDelayMillis(0, 500, 4));
        assertEquals(Optional.empty(), backoff.nextDelayMillis(0, 500, 5));
    }
}
