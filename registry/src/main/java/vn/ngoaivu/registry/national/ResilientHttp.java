package vn.ngoaivu.registry.national;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.stream.Collectors;

import io.helidon.faulttolerance.CircuitBreaker;
import io.helidon.faulttolerance.CircuitBreakerOpenException;
import io.helidon.faulttolerance.FaultTolerance;
import io.helidon.faulttolerance.FtHandlerTyped;
import io.helidon.faulttolerance.Retry;
import io.helidon.faulttolerance.Timeout;
import io.helidon.faulttolerance.TimeoutException;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.Proxy;
import io.helidon.webclient.api.WebClient;

/**
 * GET requests to one national system, made robust: one Helidon {@link WebClient} bound to the configured origin
 * (redirects not followed, no proxy, connect and read timeouts), inside Helidon fault-tolerance handlers — from the
 * outside in: an overall {@link Timeout}, a {@link CircuitBreaker}, a {@link Retry}.
 *
 * <p>Callers give path segments and query values, never a URL; each is percent-encoded here, so whatever an
 * identifier contains, the request goes to the configured host, under the configured path, as one segment.
 *
 * <p>Each attempt's outcome: 200 of the expected media type → the body (read up to a cap); 404 → empty; a
 * connection failure, a timeout, or 500/502/503/504 → retried, then {@link NationalSystemUnavailable}; 429 →
 * unavailable without retry; 401/403, other 3xx/4xx → {@link NationalSystemRejected}; anything else →
 * {@link MalformedAnswer}. Only "unavailable" outcomes count against the breaker: a system that answers 4xx or
 * garbage is up, and stopping calls would not help.
 */
public final class ResilientHttp {

    /** A 200 answer: its media type (without parameters, lower case) and its body. */
    public record Answer(String mediaType, byte[] body) {
    }

    private final ConnectorSettings settings;
    private final String basePath;
    private final WebClient client;
    private final CircuitBreaker breaker;
    private final FtHandlerTyped<Optional<Answer>> faultTolerance;

    public ResilientHttp(ConnectorSettings settings) {
        this.settings = settings;
        URI base = settings.baseUri();
        this.basePath = stripTrailingSlash(base.getRawPath() == null ? "" : base.getRawPath());
        this.client = WebClient.builder()
                .baseUri(URI.create(base.getScheme() + "://" + base.getRawAuthority()))
                .followRedirects(false)
                .proxy(Proxy.noProxy())
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                // Our own connections: a shared JVM-wide cache would mix this system's sockets with others'.
                .shareConnectionCache(false)
                .servicesDiscoverServices(false)
                .build();
        Retry retry = Retry.builder()
                .name(settings.system() + "-retry")
                .retryPolicy(new CappedBackoff(settings.attempts(), settings.backoff()))
                // Helidon's default is 1 s, shorter than one slow attempt; the overall Timeout below is the real
                // ceiling, this one only stops a backoff pause from starting past it.
                .overallTimeout(settings.overallTimeout())
                .addApplyOn(RetryableFailure.class)
                .build();
        this.breaker = CircuitBreaker.builder()
                .name(settings.system() + "-breaker")
                .volume(settings.breaker().window())
                .errorRatio(settings.breaker().failurePercent())
                .delay(settings.breaker().delay())
                .successThreshold(settings.breaker().successesToClose())
                .addSkipOn(MalformedAnswer.class)
                .addSkipOn(NationalSystemRejected.class)
                .build();
        // currentThread: the call runs on the caller's thread and is interrupted at the deadline, rather than
        // being left running (and retrying) in the background after the caller has been told it timed out.
        Timeout timeout = Timeout.builder()
                .name(settings.system() + "-timeout")
                .timeout(settings.overallTimeout())
                .currentThread(true)
                .build();
        // Helidon wraps in the order added: the first handler is the innermost.
        this.faultTolerance = FaultTolerance.<Optional<Answer>>typedBuilder()
                .addRetry(retry)
                .addBreaker(breaker)
                .addTimeout(timeout)
                .build();
    }

    public String system() {
        return settings.system();
    }

    public ConnectorSettings settings() {
        return settings;
    }

    /** The breaker's state, for health reports (and tests). */
    public CircuitBreaker.State circuitState() {
        return breaker.state();
    }

    /**
     * GET {@code {base}/{segment}/{segment}…?{name}={value}&…} with the bearer token.
     *
     * @param segments          path segments, each encoded as one segment
     * @param query             query parameters (names are ours; values are encoded); Helidon does not keep their order
     * @param expectedMediaType the only media type a 200 may carry, e.g. {@code application/xml}
     * @param maxBytes          the body is read up to this many bytes; more is a {@link MalformedAnswer}
     * @return the answer, or empty on 404
     */
    public Optional<Answer> get(List<String> segments, Map<String, String> query, String expectedMediaType,
                                int maxBytes) {
        String path = basePath + segments.stream().map(s -> "/" + PercentEncoding.segment(s)).collect(Collectors.joining());
        try {
            return faultTolerance.invoke(() -> attempt(path, query, expectedMediaType, maxBytes));
        } catch (RetryableFailure e) {
            throw e.failure;
        } catch (CircuitBreakerOpenException e) {
            throw new NationalSystemUnavailable(system(), NationalSystemUnavailable.Reason.CIRCUIT_OPEN, "", e);
        } catch (TimeoutException e) {
            // Helidon's Timeout fired, or Retry would have paused past the overall timeout (RetryTimeoutException).
            throw new NationalSystemUnavailable(system(), NationalSystemUnavailable.Reason.TIMEOUT,
                    "overall " + settings.overallTimeout().toMillis() + " ms", e);
        }
    }

    public Optional<Answer> get(List<String> segments, String expectedMediaType, int maxBytes) {
        return get(segments, Map.of(), expectedMediaType, maxBytes);
    }

    private Optional<Answer> attempt(String path, Map<String, String> query, String expectedMediaType,
                                     int maxBytes) {
        var request = client.get()
                // We send the path and query exactly as encoded above; Helidon would otherwise encode them again.
                .skipUriEncoding(true)
                .path(path)
                .header(HeaderNames.AUTHORIZATION, "Bearer " + settings.bearerToken())
                .header(HeaderNames.ACCEPT, expectedMediaType);
        query.forEach((name, value) -> request.queryParam(name, PercentEncoding.queryValue(value)));
        try (HttpClientResponse response = request.request()) {
            int status = response.status().code();
            if (status == 404) {
                return Optional.empty();
            }
            if (status == 200) {
                String mediaType = mediaType(response);
                if (!mediaType.equals(expectedMediaType)) {
                    throw new MalformedAnswer(system(), MalformedAnswer.Kind.UNPARSEABLE,
                            "expected " + expectedMediaType + ", got '" + mediaType + "'");
                }
                return Optional.of(new Answer(mediaType, readCapped(response, maxBytes)));
            }
            throw statusFailure(status, response);
        } catch (RuntimeException e) {
            if (e instanceof NationalSystemException || e instanceof RetryableFailure) {
                throw e;
            }
            // Helidon reports I/O failures unchecked (UncheckedIOException and others); all of them mean the
            // exchange did not complete.
            throw new RetryableFailure(new NationalSystemUnavailable(system(),
                    isTimeout(e) ? NationalSystemUnavailable.Reason.TIMEOUT : NationalSystemUnavailable.Reason.CONNECTION,
                    e.getClass().getSimpleName(), e));
        }
    }

    private RuntimeException statusFailure(int status, HttpClientResponse response) {
        return switch (status) {
            case 500, 502, 503, 504 -> new RetryableFailure(new NationalSystemUnavailable(system(),
                    NationalSystemUnavailable.Reason.SERVER_ERROR, "HTTP " + status, null));
            case 429 -> new NationalSystemUnavailable(system(), NationalSystemUnavailable.Reason.THROTTLED, "", null);
            default -> {
                if (status >= 300 && status < 500) {
                    String location = response.headers().first(HeaderNames.LOCATION).map(l -> "to " + l + ", not followed")
                            .orElse("");
                    yield new NationalSystemRejected(system(), status, location);
                }
                yield new MalformedAnswer(system(), MalformedAnswer.Kind.SCHEMA, "unexpected HTTP status " + status);
            }
        };
    }

    private String mediaType(HttpClientResponse response) {
        try {
            return response.headers().contentType()
                    .map(t -> (t.type() + "/" + t.subtype()).toLowerCase(Locale.ROOT))
                    .orElse("");
        } catch (RuntimeException e) {
            throw new MalformedAnswer(system(), MalformedAnswer.Kind.UNPARSEABLE, "unreadable Content-Type", e);
        }
    }

    /** Reads at most {@code maxBytes}; one byte more proves the answer too large, without reading the rest. */
    private byte[] readCapped(HttpClientResponse response, int maxBytes) {
        long declared = response.headers().contentLength().orElse(-1);
        if (declared > maxBytes) {
            throw tooLarge(maxBytes, "declared " + declared + " bytes");
        }
        try (InputStream in = response.inputStream()) {
            byte[] body = in.readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                throw tooLarge(maxBytes, "more than " + maxBytes + " bytes");
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MalformedAnswer tooLarge(int maxBytes, String detail) {
        return new MalformedAnswer(system(), MalformedAnswer.Kind.TOO_LARGE, detail + ", cap " + maxBytes);
    }

    private static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException || t instanceof HttpTimeoutException
                    || t instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String stripTrailingSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /**
     * An attempt worth repeating; Retry is told to retry this class only, so everything else (4xx, malformed
     * answers, 429) goes straight to the caller. Unwrapped before it leaves this class.
     */
    private static final class RetryableFailure extends RuntimeException {
        private final NationalSystemUnavailable failure;

        RetryableFailure(NationalSystemUnavailable failure) {
            super(failure.getMessage(), failure, false, false);
            this.failure = failure;
        }
    }
}
