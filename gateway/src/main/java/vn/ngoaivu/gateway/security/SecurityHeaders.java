package vn.ngoaivu.gateway.security;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * Response headers that keep browsers from sniffing, framing or leaking: on every answer. The CSP
 * admits this origin's scripts and inline styles (Swagger UI, the HTML documentation pages) and nothing
 * else; HSTS is sent when the instance is served over HTTPS.
 */
public final class SecurityHeaders implements Filter {

    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private final boolean hsts;

    public SecurityHeaders(boolean hsts) {
        this.hsts = hsts;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        res.header(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff");
        res.header("X-Frame-Options", "DENY");
        res.header("Referrer-Policy", "no-referrer");
        res.header("Content-Security-Policy", CSP);
        if (hsts) {
            res.header(HeaderNames.STRICT_TRANSPORT_SECURITY, "max-age=31536000; includeSubDomains");
        }
        chain.proceed();
    }
}
