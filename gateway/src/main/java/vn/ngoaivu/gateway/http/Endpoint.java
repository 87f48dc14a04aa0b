package vn.ngoaivu.gateway.http;

import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;

import java.util.Objects;
import java.util.Optional;

/**
 * One row of the route table: a method and path template, the media type its body must have (if it
 * takes one), and the handler. The OpenAPI document must describe exactly the rows of the table.
 *
 * @param method   HTTP method
 * @param path     path template in Helidon syntax, e.g. {@code /api/v1/experts/{id}}
 * @param consumes media type required of a request body; empty for routes without a body
 * @param handler  what answers
 */
public record Endpoint(Method method, String path, Optional<String> consumes, Handler handler) {

    public Endpoint {
        Objects.requireNonNull(method);
        Objects.requireNonNull(path);
        Objects.requireNonNull(consumes);
        Objects.requireNonNull(handler);
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/': " + path);
        }
    }

    public static Endpoint get(String path, Handler handler) {
        return new Endpoint(Method.GET, path, Optional.empty(), handler);
    }

    public static Endpoint delete(String path, Handler handler) {
        return new Endpoint(Method.DELETE, path, Optional.empty(), handler);
    }

    /** A route whose request body is JSON. */
    public static Endpoint withJsonBody(Method method, String path, Handler handler) {
        return new Endpoint(method, path, Optional.of(MediaTypes.JSON), handler);
    }
}
