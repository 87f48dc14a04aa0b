package vn.ngoaivu.simulator.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request URL as the simulator reads it: the path after a base path, split into percent-decoded segments (so
 * that an identifier with an encoded {@code /} stays one segment), and the query parameters.
 *
 * @param segments the decoded path segments after the base path
 * @param query    decoded query parameters; a parameter given more than once keeps all its values
 */
public record RequestPath(List<String> segments, Map<String, List<String>> query) {

    /** Thrown for a URL that cannot be decoded (a bad percent escape); answered with 400. */
    public static final class MalformedUrl extends RuntimeException {
        MalformedUrl(String message) {
            super(message);
        }
    }

    /** Parses {@code rawUrl} (path and query as received, still encoded), which must start with {@code basePath}. */
    public static RequestPath parse(String rawUrl, String basePath) {
        int question = rawUrl.indexOf('?');
        String rawPath = question < 0 ? rawUrl : rawUrl.substring(0, question);
        if (!rawPath.startsWith(basePath)) {
            throw new IllegalArgumentException(rawUrl + " is not under " + basePath);
        }
        List<String> segments = new ArrayList<>();
        for (String segment : rawPath.substring(basePath.length()).split("/", -1)) {
            segments.add(decode(segment, false));
        }
        if (!segments.isEmpty() && segments.getFirst().isEmpty()) {
            segments.removeFirst();   // the "/" right after the base path
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (question >= 0) {
            for (String pair : rawUrl.substring(question + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals), true);
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1), true);
                query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        return new RequestPath(List.copyOf(segments), query);
    }

    /** The single value of query parameter {@code name}; empty when absent; MalformedUrl when repeated. */
    public Optional<String> single(String name) {
        List<String> values = query.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new MalformedUrl("query parameter " + name + " is given more than once");
        }
        return values.stream().findFirst();
    }

    // In a path '+' is a plus sign; in a query it also stands for a space.
    private static String decode(String text, boolean formEncoded) {
        try {
            return URLDecoder.decode(formEncoded ? text : text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new MalformedUrl("bad percent-encoding in " + text);
        }
    }
}
