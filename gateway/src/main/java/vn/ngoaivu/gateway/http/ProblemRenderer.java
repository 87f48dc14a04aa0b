package vn.ngoaivu.gateway.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Renders a {@link Problem} as an {@code application/problem+json} body in one language. */
public final class ProblemRenderer {

    public static final String MEDIA_TYPE = "application/problem+json";

    private final ObjectMapper json;

    public ProblemRenderer(ObjectMapper json) {
        this.json = json;
    }

    /**
     * @param instance  the request path the problem occurred on
     * @param requestId the request's id, so that a user can quote it to support; may be null
     */
    public byte[] render(Problem problem, Language language, String instance, String requestId) {
        ObjectNode body = json.createObjectNode();
        body.put("type", problem.type().uri());
        body.put("title", problem.type().title().in(language));
        body.put("status", problem.type().status());
        body.put("detail", problem.detail().in(language));
        if (instance != null) {
            body.put("instance", instance);
        }
        if (requestId != null) {
            body.put("requestId", requestId);
        }
        if (!problem.fieldErrors().isEmpty()) {
            ArrayNode errors = body.putArray("errors");
            for (Problem.FieldError error : problem.fieldErrors()) {
                errors.addObject()
                        .put("pointer", error.pointer())
                        .put("code", error.code())
                        .put("message", error.message().in(language));
            }
        }
        try {
            return json.writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a problem body always serialises", e);
        }
    }
}
