package vn.ngoaivu.gateway.http;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.logging.common.HelidonMdc;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that ties a request to its log lines, its audit entries and the problem a user reports.
 * A caller's {@code X-Request-Id} is kept when it is a sane token (so a partner's id follows the request
 * across systems); otherwise one is generated. It is echoed on every response.
 */
public record RequestId(String value) {

    public static final HeaderName HEADER = HeaderNames.create("X-Request-Id");
    public static final String MDC_KEY = "requestId";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:@+=-]{1,128}");

    /** The id of a request that passed through {@link #filter()}; null before it. */
    public static String of(ServerRequest req) {
        return req.context().get(RequestId.class).map(RequestId::value).orElse(null);
    }

    static String acceptOrGenerate(String offered) {
        return offered != null && ACCEPTED.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    /** The filter that assigns the id; it runs before every other of the gateway's filters. */
    public static Filter filter() {
        return RequestId::assign;
    }

    private static void assign(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        String id = acceptOrGenerate(req.headers().first(HEADER).orElse(null));
        req.context().register(new RequestId(id));
        res.header(HEADER, id);
        HelidonMdc.set(MDC_KEY, id);
        try {
            chain.proceed();
        } finally {
            HelidonMdc.remove(MDC_KEY);
        }
    }
}
