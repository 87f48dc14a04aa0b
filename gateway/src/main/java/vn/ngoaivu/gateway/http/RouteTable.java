package vn.ngoaivu.gateway.http;

import io.helidon.common.uri.UriPath;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.PathMatcher;
import io.helidon.http.PathMatchers;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRoute;
import io.helidon.webserver.http.HttpRouting;
import vn.ngoaivu.gateway.security.AccessDecision;
import vn.ngoaivu.gateway.security.Callers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every API route of the platform in one table. It registers the routes with Helidon; before a handler
 * runs it applies the row's access rule (401 for anonymous callers, 403 for others) and checks the
 * body's media type (415); and it tells which methods a path allows, so that a wrong method gets 405
 * with {@code Allow} (Helidon itself answers 404 there).
 */
public final class RouteTable {

    private record Row(Endpoint endpoint, PathMatcher matcher) {
    }

    private final List<Row> rows;

    public RouteTable(Collection<Endpoint> endpoints) {
        List<Row> table = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Endpoint endpoint : endpoints) {
            if (!seen.add(endpoint.method().text() + " " + endpoint.path())) {
                throw new IllegalArgumentException("route declared twice: " + endpoint.method().text() + " " + endpoint.path());
            }
            table.add(new Row(endpoint, PathMatchers.create(endpoint.path())));
        }
        this.rows = List.copyOf(table);
    }

    public List<Endpoint> endpoints() {
        return rows.stream().map(Row::endpoint).toList();
    }

    public void register(HttpRouting.Builder routing) {
        for (Row row : rows) {
            Endpoint endpoint = row.endpoint();
            HttpRoute.Builder route = HttpRoute.builder().path(endpoint.path())
                    .handler(checkingAccess(endpoint, checkingMediaType(endpoint)));
            // Helidon does not answer HEAD from a GET route by itself.
            route = endpoint.method() == Method.GET ? route.methods(Method.GET, Method.HEAD) : route.methods(endpoint.method());
            routing.route(route.build());
        }
    }

    private static Handler checkingAccess(Endpoint endpoint, Handler next) {
        if (endpoint.access().open()) {
            return next;
        }
        return (req, res) -> {
            AccessDecision.require(endpoint.access(), Callers.of(req));
            next.handle(req, res);
        };
    }

    private static Handler checkingMediaType(Endpoint endpoint) {
        if (endpoint.consumes().isEmpty()) {
            return endpoint.handler();
        }
        String expected = endpoint.consumes().get();
        return (req, res) -> {
            String contentType = req.headers().first(HeaderNames.CONTENT_TYPE).orElse(null);
            if (!MediaTypes.matches(contentType, expected)) {
                throw new ProblemException(Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                        "Nội dung phải có kiểu " + expected + ", nhận được: " + (contentType == null ? "không có" : contentType) + ".",
                        "The body must be " + expected + ", got: " + (contentType == null ? "none" : contentType) + ".")
                        .withHeader("Accept-Post", expected));
            }
            endpoint.handler().handle(req, res);
        };
    }

    /** The methods the table allows on a concrete request path, sorted; empty when no route matches the path. */
    public Set<String> allowedMethods(UriPath path) {
        Set<String> allowed = new TreeSet<>();
        for (Row row : rows) {
            if (row.matcher().match(path).accepted()) {
                allowed.add(row.endpoint().method().text());
                if (row.endpoint().method() == Method.GET) {
                    allowed.add(Method.HEAD.text());
                }
            }
        }
        return allowed;
    }
}
