package vn.ngoaivu.gateway.security;

import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import java.util.List;

/**
 * Access rules for the paths that Helidon's features serve rather than the route table (observability,
 * Swagger UI): the first rule whose prefix matches applies. Route-table paths are not listed here.
 */
public final class PathAccess implements Filter {

    private static boolean isCorsPreflight(RoutingRequest req) {
        return req.prologue().method() == io.helidon.http.Method.OPTIONS
                && req.headers().contains(io.helidon.http.HeaderNames.ORIGIN)
                && req.headers().contains(io.helidon.http.HeaderNames.ACCESS_CONTROL_REQUEST_METHOD);
    }

    /** A rule for every path equal to {@code prefix} or below it. */
    public record Rule(String prefix, Access access) {
        boolean covers(String path) {
            return path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
        }
    }

    private final List<Rule> rules;

    public PathAccess(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        if (isCorsPreflight(req)) {
            // A browser asks whether it may send the real request; that one carries the token and is checked.
            chain.proceed();
            return;
        }
        String path = req.path().absolute().path();
        for (Rule rule : rules) {
            if (rule.covers(path)) {
                AccessDecision.require(rule.access(), Callers.of(req));
                break;
            }
        }
        chain.proceed();
    }
}
