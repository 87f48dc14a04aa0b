package vn.ngoaivu.registry.national;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How the platform reaches one national system: where, with which token, and how patiently.
 *
 * @param system         the name used in logs and messages, e.g. {@code document-system}
 * @param baseUri        absolute http(s) URI the contract's paths are appended to; no query, fragment or user info
 * @param bearerToken    sent as {@code Authorization: Bearer …}; never printed by {@link #toString()}
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long one request may wait for data (per attempt)
 * @param overallTimeout the ceiling on one call, every attempt and backoff included
 * @param attempts       how many times a call is tried in all (1 = no retry)
 * @param backoff        the pause between attempts
 * @param breaker        when to stop calling a failing system for a while
 * @param maxAnswerBytes the largest metadata (XML, JSON) answer read
 * @param maxFileBytes   the largest signed file read
 */
public record ConnectorSettings(String system, URI baseUri, String bearerToken, Duration connectTimeout,
                                Duration readTimeout, Duration overallTimeout, int attempts, Backoff backoff,
                                Breaker breaker, int maxAnswerBytes, int maxFileBytes) {

    /**
     * Exponential backoff: {@code initial}, then × {@code factor} per attempt, never more than {@code max}.
     */
    public record Backoff(Duration initial, double factor, Duration max) {
        public Backoff {
            requirePositive(initial, "backoff initial delay");
            requirePositive(max, "backoff max delay");
            if (!(factor >= 1.0) || Double.isInfinite(factor)) {
                throw new IllegalArgumentException("backoff factor must be a finite number ≥ 1: " + factor);
            }
            if (max.compareTo(initial) < 0) {
                throw new IllegalArgumentException("backoff max delay is shorter than its initial delay");
            }
        }
    }

    /**
     * Circuit breaker, as Helidon's {@code CircuitBreaker} counts: over a rolling {@code window} of calls (one call
     * = all its attempts), it opens once the window is full and at least {@code failurePercent} of it failed; after
     * {@code delay} one probe call is let through, and {@code successesToClose} successful probes close it.
     */
    public record Breaker(int window, int failurePercent, Duration delay, int successesToClose) {
        public Breaker {
            if (window < 1) {
                throw new IllegalArgumentException("breaker window must be at least 1 call: " + window);
            }
            if (failurePercent < 1 || failurePercent > 100) {
                throw new IllegalArgumentException("breaker failure percent must be 1–100: " + failurePercent);
            }
            requirePositive(delay, "breaker delay");
            if (successesToClose < 1) {
                throw new IllegalArgumentException("breaker successes to close must be at least 1: " + successesToClose);
            }
        }
    }

    public static final int DEFAULT_MAX_ANSWER_BYTES = 1 << 20;
    public static final int DEFAULT_MAX_FILE_BYTES = 50 << 20;

    public ConnectorSettings {
        if (system == null || system.isBlank()) {
            throw new IllegalArgumentException("a connector needs a system name");
        }
        requireBaseUri(baseUri);
        requireToken(bearerToken);
        requirePositive(connectTimeout, "connect timeout");
        requirePositive(readTimeout, "read timeout");
        requirePositive(overallTimeout, "overall timeout");
        if (attempts < 1 || attempts > 10) {
            throw new IllegalArgumentException("attempts must be 1–10: " + attempts);
        }
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(breaker, "breaker");
        if (maxAnswerBytes < 1 || maxFileBytes < 1) {
            throw new IllegalArgumentException("response size caps must be positive");
        }
        if (maxFileBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("the file cap must fit in an array");
        }
    }

    /**
     * Production values: connect 2 s, read 5 s, at most 30 s per call; 3 attempts 200 ms apart, doubling, at most
     * 2 s; the breaker opens when 5 of the last 10 calls failed and probes again after 30 s; answers up to 1 MiB,
     * files up to 50 MiB.
     */
    public static ConnectorSettings defaults(String system, URI baseUri, String bearerToken) {
        return new ConnectorSettings(system, baseUri, bearerToken, Duration.ofSeconds(2), Duration.ofSeconds(5),
                Duration.ofSeconds(30), 3, new Backoff(Duration.ofMillis(200), 2.0, Duration.ofSeconds(2)),
                new Breaker(10, 50, Duration.ofSeconds(30), 1), DEFAULT_MAX_ANSWER_BYTES, DEFAULT_MAX_FILE_BYTES);
    }

    public ConnectorSettings withTimeouts(Duration connect, Duration read, Duration overall) {
        return new ConnectorSettings(system, baseUri, bearerToken, connect, read, overall, attempts, backoff, breaker,
                maxAnswerBytes, maxFileBytes);
    }

    public ConnectorSettings withRetry(int attempts, Backoff backoff) {
        return new ConnectorSettings(system, baseUri, bearerToken, connectTimeout, readTimeout, overallTimeout, attempts,
                backoff, breaker, maxAnswerBytes, maxFileBytes);
    }

    public ConnectorSettings withBreaker(Breaker breaker) {
        return new ConnectorSettings(system, baseUri, bearerToken, connectTimeout, readTimeout, overallTimeout, attempts,
                backoff, breaker, maxAnswerBytes, maxFileBytes);
    }

    public ConnectorSettings withSizeCaps(int maxAnswerBytes, int maxFileBytes) {
        return new ConnectorSettings(system, baseUri, bearerToken, connectTimeout, readTimeout, overallTimeout, attempts,
                backoff, breaker, maxAnswerBytes, maxFileBytes);
    }

    /** Everything but the token, which must not reach a log. */
    @Override
    public String toString() {
        return "ConnectorSettings[system=" + system + ", baseUri=" + baseUri + ", bearerToken=***, connectTimeout="
                + connectTimeout + ", readTimeout=" + readTimeout + ", overallTimeout=" + overallTimeout + ", attempts="
                + attempts + ", backoff=" + backoff + ", breaker=" + breaker + ", maxAnswerBytes=" + maxAnswerBytes
                + ", maxFileBytes=" + maxFileBytes + "]";
    }

    private static void requireBaseUri(URI uri) {
        Objects.requireNonNull(uri, "base URI");
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("the base URI must be an absolute http(s) URI with a host: " + uri);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("the base URI must have no query, fragment or user info: " + uri);
        }
        // The configured path is sent as written; escapes in it would be ambiguous next to our encoded segments.
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (!path.matches("[A-Za-z0-9._~/-]*") || path.contains("//") || path.matches(".*(^|/)\\.{1,2}(/|$).*")) {
            throw new IllegalArgumentException("the base URI's path must be plain segments: " + uri);
        }
    }

    private static void requireToken(String token) {
        // Visible ASCII only: a CR or LF would let configuration inject headers.
        if (token == null || token.isEmpty() || !token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("the bearer token must be non-empty visible ASCII");
        }
    }

    private static void requirePositive(Duration duration, String what) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(what + " must be positive");
        }
    }
}
