package vn.ngoaivu.gateway.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.IOException;

/** Reads JSON request bodies strictly (malformed or duplicate-key JSON is a 400 problem) and writes JSON responses. */
public final class JsonBodies {

    private final ObjectMapper json;

    public JsonBodies(ObjectMapper json) {
        this.json = json;
    }

    /** The mapper the gateway uses everywhere: strict on input, ISO dates on output. */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .addModule(new JavaTimeModule())
                .build();
    }

    public ObjectMapper mapper() {
        return json;
    }

    /** The request body as a JSON tree; a missing, empty or malformed body is a 400 problem. */
    public JsonNode read(ServerRequest req) {
        if (!req.content().hasEntity()) {
            throw missingBody();
        }
        byte[] bytes = req.content().as(byte[].class);
        if (bytes.length == 0) {
            throw missingBody();
        }
        try {
            return json.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw malformed(null);
        }
    }

    public void send(ServerResponse res, Status status, Object body) {
        try {
            byte[] bytes = json.writeValueAsBytes(body);
            res.status(status);
            res.header(HeaderNames.CONTENT_TYPE, MediaTypes.JSON);
            res.send(bytes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response body does not serialise", e);
        }
    }

    private static ProblemException missingBody() {
        return new ProblemException(Problem.of(ProblemType.BAD_REQUEST,
                "Yêu cầu cần có nội dung JSON.", "A JSON request body is required."));
    }

    private static ProblemException malformed(JsonProcessingException e) {
        JsonLocation at = e == null ? null : e.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        String whereVi = at == null ? "" : " (dòng " + at.getLineNr() + ", cột " + at.getColumnNr() + ")";
        String reason = e == null ? "" : ": " + e.getOriginalMessage();
        return new ProblemException(Problem.of(ProblemType.MALFORMED_JSON,
                "Nội dung JSON không đúng cú pháp" + whereVi + reason,
                "The JSON body is malformed" + where + reason));
    }
}
