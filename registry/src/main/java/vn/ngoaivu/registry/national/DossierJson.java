package vn.ngoaivu.registry.national;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads the portal's dossier JSON (docs/national-systems.md), strictly: one JSON value and nothing after it, no
 * repeated keys, every field of the right JSON type, instants in ISO-8601, a known status. Fields the contract does
 * not name are ignored, so the portal can add some without breaking the link.
 */
final class DossierJson {

    /** The contract's page size for {@code updatedSince}. */
    static final int MAX_PAGE = 500;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final String system;

    DossierJson(String system) {
        this.system = system;
    }

    Dossier one(byte[] json) {
        return dossier(tree(json));
    }

    /** {@code {"dossiers":[…]}}. */
    List<Dossier> page(byte[] json) {
        JsonNode root = tree(json);
        JsonNode items = root.get("dossiers");
        if (items == null || !items.isArray()) {
            throw schema("expected {\"dossiers\": [...]}");
        }
        if (items.size() > MAX_PAGE) {
            throw schema("more than " + MAX_PAGE + " dossiers in one answer");
        }
        List<Dossier> dossiers = new ArrayList<>(items.size());
        items.forEach(item -> dossiers.add(dossier(item)));
        return dossiers;
    }

    private JsonNode tree(byte[] json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root == null || !root.isObject()) {
                throw schema("expected a JSON object");
            }
            return root;
        } catch (JacksonException e) {
            // Location only: Jackson's message quotes the input.
            throw new MalformedAnswer(system, MalformedAnswer.Kind.UNPARSEABLE, "not well-formed JSON at "
                    + (e.getLocation() == null ? "?" : "line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr()), null);
        } catch (IOException e) {
            throw new MalformedAnswer(system, MalformedAnswer.Kind.UNPARSEABLE, "unreadable JSON", null);
        }
    }

    private Dossier dossier(JsonNode node) {
        if (!node.isObject()) {
            throw schema("a dossier must be a JSON object");
        }
        return new Dossier(text(node, "code"), text(node, "procedureCode"), text(node, "procedureName"),
                state(text(node, "status")), instant(node, "receivedAt"), instant(node, "dueAt"),
                optionalInstant(node, "completedAt"), instant(node, "updatedAt"));
    }

    private String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            throw schema("field " + field + " must be a non-empty string");
        }
        return value.textValue().strip();
    }

    private Instant instant(JsonNode node, String field) {
        String text = text(node, field);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw schema("field " + field + " is not an ISO-8601 instant");
        }
    }

    private Instant optionalInstant(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : instant(node, field);
    }

    private DossierState state(String wire) {
        return Arrays.stream(DossierState.values())
                .filter(s -> s.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(wire))
                .findFirst()
                .orElseThrow(() -> schema("unknown status"));
    }

    private MalformedAnswer schema(String detail) {
        return new MalformedAnswer(system, MalformedAnswer.Kind.SCHEMA, detail);
    }
}
