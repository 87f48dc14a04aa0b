package vn.ngoaivu.gateway.http;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An RFC 9457 problem before it is rendered in the caller's language.
 *
 * @param type        what kind of problem
 * @param detail      what happened in this occurrence
 * @param fieldErrors the fields at fault, for validation problems
 * @param headers     response headers the problem requires (Allow, Retry-After, ...)
 */
public record Problem(ProblemType type, Text detail, List<FieldError> fieldErrors, Map<String, String> headers) {

    /** One invalid field: an RFC 6901 JSON pointer into the request body (or a parameter name), a code and a message. */
    public record FieldError(String pointer, String code, Text message) {
    }

    public Problem {
        Objects.requireNonNull(type);
        Objects.requireNonNull(detail);
        fieldErrors = List.copyOf(fieldErrors);
        headers = Map.copyOf(headers);
    }

    public static Problem of(ProblemType type, Text detail) {
        return new Problem(type, detail, List.of(), Map.of());
    }

    public static Problem of(ProblemType type, String detailVi, String detailEn) {
        return of(type, new Text(detailVi, detailEn));
    }

    public Problem withHeader(String name, String value) {
        Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new Problem(type, detail, fieldErrors, more);
    }

    public static Problem invalidFields(List<FieldError> errors) {
        return new Problem(ProblemType.VALIDATION_FAILED,
                new Text("Có " + errors.size() + " trường không hợp lệ.", errors.size() + " field(s) are invalid."),
                errors, Map.of());
    }
}
