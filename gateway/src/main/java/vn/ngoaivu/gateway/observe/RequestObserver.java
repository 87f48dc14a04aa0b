package vn.ngoaivu.gateway.observe;

import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Tag;
import io.helidon.metrics.api.Timer;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import vn.ngoaivu.gateway.http.ProblemException;

import java.time.Duration;
import java.util.List;

/**
 * Times every request once and reports it twice: as the Prometheus series
 * {@code http_server_requests_seconds} per route template (not per concrete path, which would explode
 * the number of series), method and status; and as one access-log line ({@link AccessLog}).
 */
public final class RequestObserver implements Filter {

    private static final String NAME = "http.server.requests";
    private static final java.util.Set<String> KNOWN_METHODS =
            java.util.Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT");
    private final MeterRegistry registry;

    public RequestObserver(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The matched route template, or UNMATCHED (Helidon gives an empty pattern when only a feature's filter matched). */
    static String routeTemplate(RoutingRequest req) {
        return req.matchingPattern().filter(pattern -> !pattern.isEmpty()).orElse("UNMATCHED");
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        long start = System.nanoTime();
        int refusedWith = 0;
        try {
            chain.proceed();
        } catch (ProblemException e) {
            // A later filter refused the request; the error handler answers after this filter returns.
            refusedWith = e.problem().type().status();
            throw e;
        } finally {
            long nanos = System.nanoTime() - start;
            String route = routeTemplate(req);
            int status = refusedWith != 0 ? refusedWith : res.status().code();
            registry.getOrCreate(Timer.builder(NAME)
                            .description("HTTP requests by route template, method and status")
                            .tags(List.of(
                                    Tag.create("method", method(req)),
                                    Tag.create("route", route),
                                    Tag.create("status", Integer.toString(status)))))
                    .record(Duration.ofNanos(nanos));
            AccessLog.log(req, status, route, nanos / 1_000_000.0);
        }
    }

    /** Standard methods by name, anything else as OTHER: a client must not be able to mint metric series. */
    static String method(RoutingRequest req) {
        String method = req.prologue().method().text();
        return KNOWN_METHODS.contains(method) ? method : "OTHER";
    }
}
