package vn.ngoaivu.gateway.http;

import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;
import vn.ngoaivu.gateway.security.Access;

import java.util.Objects;
import java.util.Optional;

/**
 * One row of the route table: a method and path template, who may call it, the media type its body must
 * have (if it takes one), and the handler. The OpenAPI document must describe exactly the rows of the
 * table, and a row without an access rule cannot be built, so the platform does not start with one.
 *
 * @param method   HTTP method
 * @param path     path template in Helidon syntax, e.g. {@code /api/v1/experts/{id}}
 * @param access   who may call it
 * @param consumes media type required of a request body; empty for routes without a body
 * @param handler  what answers
 */
public record Endpoint(Method method, String path, Access access, Optional<String> consumes, Handler handler) {

    public Endpoint {
        Objects.requireNonNull(method);
        Objects.requireNonNull(path);
        Objects.requireNonNull(access, () -> "route " + method.text() + " " + path + " has no access rule");
        Objects.requireNonNull(consumes);
        Objects.requireNonNull(handler);
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/': " + path);
        }
    }

    public static Endpoint get(String path, Access access, Handler handler) {
        return new Endpoint(Method.GET, path, access, Optional.empty(), handler);
    }

    public static Endpoint delete(String path, Access access, Handler handler) {
        return new Endpoint(Method.DELETE, path, access, Optional.empty(), handler);
    }

    /** A route whose request body is JSON. */
    public static Endpoint withJsonBody(Method method, String path, Access access, Handler handler) {
        return new Endpoint(method, path, access, Optional.of(MediaTypes.JSON), handler);
    }
}
