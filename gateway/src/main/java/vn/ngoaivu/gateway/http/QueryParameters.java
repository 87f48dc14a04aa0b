package vn.ngoaivu.gateway.http;

import io.helidon.webserver.http.ServerRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Typed reads of query parameters that collect every invalid one, so that {@link #requireValid()} answers
 * with a single 400 problem listing them all.
 */
public final class QueryParameters {

    private final ServerRequest req;
    private final List<Problem.FieldError> errors = new ArrayList<>();

    public QueryParameters(ServerRequest req) {
        this.req = req;
    }

    private Optional<String> raw(String name) {
        return req.query().first(name).asOptional().map(String::strip).filter(v -> !v.isEmpty());
    }

    public Optional<String> text(String name, int maxLength) {
        Optional<String> value = raw(name);
        if (value.isPresent() && value.get().length() > maxLength) {
            reject(name, "too-long", "Tối đa " + maxLength + " ký tự.", "At most " + maxLength + " characters.");
            return Optional.empty();
        }
        return value;
    }

    public int integer(String name, int defaultValue, int min, int max) {
        Optional<String> value = raw(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.get());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        reject(name, "range", "Cần số nguyên từ " + min + " đến " + max + ".", "Expected a whole number from " + min + " to " + max + ".");
        return defaultValue;
    }

    public Optional<Long> longValue(String name) {
        Optional<String> value = raw(name);
        try {
            return value.map(Long::parseLong);
        } catch (NumberFormatException e) {
            reject(name, "number", "Cần một số nguyên.", "Expected a whole number.");
            return Optional.empty();
        }
    }

    public Optional<Instant> instant(String name) {
        Optional<String> value = raw(name);
        try {
            return value.map(Instant::parse);
        } catch (DateTimeParseException e) {
            reject(name, "instant", "Cần thời điểm ISO-8601, ví dụ 2026-01-31T00:00:00Z.",
                    "Expected an ISO-8601 instant such as 2026-01-31T00:00:00Z.");
            return Optional.empty();
        }
    }

    public Optional<java.time.LocalDate> date(String name) {
        Optional<String> value = raw(name);
        try {
            return value.map(java.time.LocalDate::parse);
        } catch (DateTimeParseException e) {
            reject(name, "date", "Cần ngày dạng YYYY-MM-DD.", "Expected a date as YYYY-MM-DD.");
            return Optional.empty();
        }
    }

    /**
     * Every value of a parameter that may repeat ({@code country=JP&country=US}) or list values with commas
     * ({@code country=JP,US}); each value at most {@code maxLength} characters.
     */
    public List<String> list(String name, int maxLength) {
        List<String> values = new ArrayList<>();
        for (String raw : req.query().all(name, List::of)) {
            for (String value : raw.split(",")) {
                String v = value.strip();
                if (v.length() > maxLength) {
                    reject(name, "too-long", "Mỗi giá trị tối đa " + maxLength + " ký tự.", "At most " + maxLength + " characters per value.");
                    return List.of();
                }
                if (!v.isEmpty()) {
                    values.add(v);
                }
            }
        }
        return values;
    }

    /** One of the allowed values, or the default when absent. */
    public String oneOf(String name, String defaultValue, java.util.Set<String> allowed) {
        Optional<String> value = raw(name);
        if (value.isPresent() && !allowed.contains(value.get())) {
            reject(name, "one-of", "Cần một trong: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ".",
                    "Expected one of: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ".");
            return defaultValue;
        }
        return value.orElse(defaultValue);
    }

    /** Throws the 400 problem when any parameter read so far was invalid. */
    public void requireValid() {
        if (!errors.isEmpty()) {
            throw new ProblemException(new Problem(ProblemType.INVALID_PARAMETER,
                    new Text("Có " + errors.size() + " tham số không hợp lệ.", errors.size() + " parameter(s) are invalid."),
                    errors, Map.of()));
        }
    }

    /** A link to {@code path} with this request's parameters, {@code name} set to {@code value}. */
    public String linkWith(String path, String name, String value) {
        Map<String, List<String>> params = new TreeMap<>();
        for (String key : req.query().names()) {
            params.put(key, req.query().all(key));
        }
        params.put(name, List.of(value));
        StringBuilder link = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, List<String>> entry : params.entrySet()) {
            for (String v : entry.getValue()) {
                link.append(separator).append(URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return link.toString();
    }

    private void reject(String name, String code, String vi, String en) {
        errors.add(new Problem.FieldError(name, code, new Text(vi, en)));
    }
}
