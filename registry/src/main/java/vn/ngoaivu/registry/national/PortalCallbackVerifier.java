package vn.ngoaivu.registry.national;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a dossier event the portal posts to {@code /api/v1/integrations/portal/dossier-events}:
 * {@code X-Portal-Signature: sha256=<hex>} must be the HMAC-SHA256 of {@code "{X-Portal-Timestamp}.{body}"} with
 * the shared secret, and the timestamp (epoch seconds) within five minutes of now, either way, so a captured
 * request cannot be replayed later. Only then is the body read.
 */
public final class PortalCallbackVerifier {

    public static final String TIMESTAMP_HEADER = "X-Portal-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Portal-Signature";
    public static final Duration MAX_SKEW = Duration.ofMinutes(5);

    private static final String ALGORITHM = "HmacSHA256";
    private static final String PREFIX = "sha256=";
    private static final int MIN_SECRET_BYTES = 32;

    private final SecretKeySpec key;
    private final Clock clock;
    private final DossierJson json = new DossierJson("portal-callback");

    /**
     * @param secret the secret shared with the portal, at least 32 bytes
     * @param clock  the time the timestamp is compared with
     */
    public PortalCallbackVerifier(byte[] secret, Clock clock) {
        if (secret == null || secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the portal's shared secret must have at least " + MIN_SECRET_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(secret, ALGORITHM);
        this.clock = clock;
    }

    /**
     * The dossier the event carries.
     *
     * @param timestamp the X-Portal-Timestamp header, null when absent
     * @param signature the X-Portal-Signature header, null when absent
     * @param body      the request body exactly as received
     * @throws PortalCallbackRejected with the reason
     */
    public Dossier verify(String timestamp, String signature, byte[] body) {
        if (timestamp == null || !timestamp.matches("[0-9]{1,12}")) {
            throw new PortalCallbackRejected(PortalCallbackRejected.Reason.MISSING_HEADERS,
                    TIMESTAMP_HEADER + " must be epoch seconds");
        }
        if (signature == null || !signature.startsWith(PREFIX)) {
            throw new PortalCallbackRejected(PortalCallbackRejected.Reason.MISSING_HEADERS,
                    SIGNATURE_HEADER + " must be " + PREFIX + "<hex>");
        }
        byte[] expected = hmac(key, timestamp, body);
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signature.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            given = new byte[0];
        }
        // Constant time: how much of a guess matched must not show in how long the answer takes.
        if (!MessageDigest.isEqual(expected, given)) {
            throw new PortalCallbackRejected(PortalCallbackRejected.Reason.BAD_SIGNATURE, "HMAC does not match");
        }
        Instant signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp));
        if (Duration.between(signedAt, clock.instant()).abs().compareTo(MAX_SKEW) > 0) {
            throw new PortalCallbackRejected(PortalCallbackRejected.Reason.STALE,
                    "signed at " + signedAt + ", now " + clock.instant());
        }
        try {
            return json.one(body);
        } catch (MalformedAnswer e) {
            throw new PortalCallbackRejected(PortalCallbackRejected.Reason.MALFORMED_BODY, e.getMessage());
        }
    }

    /**
     * The X-Portal-Signature value for a body signed at {@code epochSeconds}: what the portal sends, for tests and
     * the simulator.
     */
    public static String sign(byte[] secret, long epochSeconds, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(hmac(new SecretKeySpec(secret, ALGORITHM), Long.toString(epochSeconds), body));
    }

    private static byte[] hmac(SecretKeySpec key, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
