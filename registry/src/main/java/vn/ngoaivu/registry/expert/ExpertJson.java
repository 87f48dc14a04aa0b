package vn.ngoaivu.registry.expert;

import vn.ngoaivu.registry.FieldProblem;
import vn.ngoaivu.registry.InvalidFieldsException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.List;

/**
 * The profile's JSON form, shared by the API and the jsonb columns: property names are the record's
 * component names, absent optionals are left out, visibility values are lower case. Parsing is strict:
 * unknown properties and wrong types are reported with their JSON pointer.
 */
public final class ExpertJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_ABSENT)
            .build();

    private ExpertJson() {
    }

    /** A profile from a request body; missing lists become empty, missing optionals empty. */
    public static ExpertProfile profile(JsonNode body) {
        if (!body.isObject()) {
            throw new InvalidFieldsException(List.of(new FieldProblem("", "type",
                    "Hồ sơ phải là một đối tượng JSON.", "A profile must be a JSON object.")));
        }
        ObjectNode withDefaults = ((ObjectNode) body).deepCopy();
        for (String list : List.of("fields", "keywords", "languages", "collaborationInterests", "affiliations",
                "education", "engagements")) {
            if (!withDefaults.hasNonNull(list)) {
                withDefaults.putArray(list);
            }
        }
        if (!withDefaults.hasNonNull("visibility")) {
            withDefaults.putObject("visibility");
        }
        for (String required : List.of("fullName", "countryCode")) {
            if (!withDefaults.hasNonNull(required)) {
                throw new InvalidFieldsException(List.of(new FieldProblem("/" + required, "required",
                        "Trường này là bắt buộc.", "This field is required.")));
            }
        }
        try {
            return JSON.treeToValue(withDefaults, ExpertProfile.class);
        } catch (JsonMappingException e) {
            throw new InvalidFieldsException(List.of(new FieldProblem(pointer(e), "type",
                    "Giá trị không đúng kiểu hoặc trường không được hỗ trợ.", "Wrong type, or a field that is not supported: "
                    + e.getOriginalMessage())));
        } catch (JsonProcessingException e) {
            throw new InvalidFieldsException(List.of(new FieldProblem("", "type", "JSON không hợp lệ.", "Invalid JSON.")));
        }
    }

    public static JsonNode tree(ExpertProfile profile) {
        return JSON.valueToTree(profile);
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("profile parts always serialise", e);
        }
    }

    static <T> T read(String json, com.fasterxml.jackson.core.type.TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON does not match the profile model", e);
        }
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            pointer.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : Integer.toString(ref.getIndex()));
        }
        return pointer.toString();
    }
}
