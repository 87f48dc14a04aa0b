package vn.ngoaivu.registry.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PortalCallbackVerifierTest {

    static final byte[] SECRET = "0123456789abcdef0123456789abcdef-portal".getBytes(StandardCharsets.US_ASCII);
    static final Instant NOW = Instant.parse("2025-03-02T08:00:30Z");
    static final byte[] BODY = PublicServicePortalConnectorTest
            .dossier("000.00.32.H40-250301-0001", "completed", "\"2025-03-02T08:00:00Z\"", "2025-03-02T08:00:00Z")
            .getBytes(StandardCharsets.UTF_8);

    final PortalCallbackVerifier verifier = new PortalCallbackVerifier(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void acceptsASignedFreshEvent() {
        long ts = NOW.getEpochSecond() - 10;
        Dossier d = verifier.verify(Long.toString(ts), PortalCallbackVerifier.sign(SECRET, ts, BODY), BODY);
        assertEquals("000.00.32.H40-250301-0001", d.code());
        assertEquals(DossierState.COMPLETED, d.state());
    }

    @Test
    void signatureIsTheContractsHmac() {
        // Independent of sign(): HMAC-SHA256("{ts}.{body}") computed here with the JDK directly.
        long ts = NOW.getEpochSecond();
        String expected = "sha256=" + java.util.HexFormat.of().formatHex(hmac(ts + "." + new String(BODY, StandardCharsets.UTF_8)));
        assertEquals(expected, PortalCallbackVerifier.sign(SECRET, ts, BODY));
        assertEquals("000.00.32.H40-250301-0001", verifier.verify(Long.toString(ts), expected.toUpperCase()
                .replace("SHA256=", "sha256="), BODY).code(), "hex digits in either case");
    }

    @Test
    void rejectsAnAlteredBody() {
        long ts = NOW.getEpochSecond();
        String signature = PortalCallbackVerifier.sign(SECRET, ts, BODY);
        byte[] altered = new String(BODY, StandardCharsets.UTF_8).replace("completed", "rejected").getBytes(StandardCharsets.UTF_8);
        assertReason(PortalCallbackRejected.Reason.BAD_SIGNATURE, Long.toString(ts), signature, altered);
    }

    @Test
    void rejectsAnotherSecret() {
        long ts = NOW.getEpochSecond();
        byte[] other = "another-secret-of-enough-length-0123456789".getBytes(StandardCharsets.US_ASCII);
        assertReason(PortalCallbackRejected.Reason.BAD_SIGNATURE, Long.toString(ts),
                PortalCallbackVerifier.sign(other, ts, BODY), BODY);
    }

    @Test
    void rejectsASignatureMovedToAnotherTimestamp() {
        long ts = NOW.getEpochSecond();
        assertReason(PortalCallbackRejected.Reason.BAD_SIGNATURE, Long.toString(ts + 1),
                PortalCallbackVerifier.sign(SECRET, ts, BODY), BODY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sha256=", "sha256=zz", "sha256=abc", "md5=00"})
    void rejectsSignaturesThatAreNotHex(String signature) {
        String ts = Long.toString(NOW.getEpochSecond());
        var e = assertThrows(PortalCallbackRejected.class, () -> verifier.verify(ts, signature, BODY));
        assertTrue(e.reason() == PortalCallbackRejected.Reason.BAD_SIGNATURE
                || e.reason() == PortalCallbackRejected.Reason.MISSING_HEADERS, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(longs = {-301, 301, -86_400})
    void rejectsATimestampMoreThanFiveMinutesAway(long offsetSeconds) {
        long ts = NOW.getEpochSecond() + offsetSeconds;
        assertReason(PortalCallbackRejected.Reason.STALE, Long.toString(ts), PortalCallbackVerifier.sign(SECRET, ts, BODY), BODY);
    }

    @ParameterizedTest
    @ValueSource(longs = {-300, 300})
    void acceptsTheEdgesOfTheWindow(long offsetSeconds) {
        long ts = NOW.getEpochSecond() + offsetSeconds;
        assertEquals("000.00.32.H40-250301-0001",
                verifier.verify(Long.toString(ts), PortalCallbackVerifier.sign(SECRET, ts, BODY), BODY).code());
    }

    @Test
    void rejectsMissingOrMalformedHeaders() {
        long ts = NOW.getEpochSecond();
        String signature = PortalCallbackVerifier.sign(SECRET, ts, BODY);
        assertReason(PortalCallbackRejected.Reason.MISSING_HEADERS, null, signature, BODY);
        assertReason(PortalCallbackRejected.Reason.MISSING_HEADERS, Long.toString(ts), null, BODY);
        assertReason(PortalCallbackRejected.Reason.MISSING_HEADERS, "2025-03-02T08:00:30Z", signature, BODY);
        assertReason(PortalCallbackRejected.Reason.MISSING_HEADERS, "-1", signature, BODY);
    }

    @Test
    void rejectsASignedBodyThatIsNoDossier() {
        long ts = NOW.getEpochSecond();
        byte[] body = "{\"code\": \"x\"}".getBytes(StandardCharsets.UTF_8);
        var e = assertReason(PortalCallbackRejected.Reason.MALFORMED_BODY, Long.toString(ts),
                PortalCallbackVerifier.sign(SECRET, ts, body), body);
        assertTrue(e.getMessage().contains("procedureCode"), e.getMessage());
        byte[] notJson = "code=x".getBytes(StandardCharsets.UTF_8);
        assertReason(PortalCallbackRejected.Reason.MALFORMED_BODY, Long.toString(ts),
                PortalCallbackVerifier.sign(SECRET, ts, notJson), notJson);
    }

    @Test
    void refusesAShortSecret() {
        assertThrows(IllegalArgumentException.class, () -> new PortalCallbackVerifier(new byte[16], Clock.systemUTC()));
    }

    private PortalCallbackRejected assertReason(PortalCallbackRejected.Reason reason, String ts, String signature, byte[] body) {
        var e = assertThrows(PortalCallbackRejected.class, () -> verifier.verify(ts, signature, body));
        assertEquals(reason, e.reason(), e.getMessage());
        return e;
    }

    private static byte[] hmac(String data) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(SECRET, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
