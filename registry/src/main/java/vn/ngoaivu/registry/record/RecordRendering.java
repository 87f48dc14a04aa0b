package vn.ngoaivu.registry.record;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** A record's fields as display strings: what the audit records as before and after values. */
final class RecordRendering {

    private RecordRendering() {
    }

    static Map<String, String> render(RecordContent c, List<String> citedDocuments) {
        Map<String, String> out = new LinkedHashMap<>();
        c.externalKey().ifPresent(v -> out.put("externalKey", v));
        out.put("title", c.title());
        c.summary().ifPresent(v -> out.put("summary", v));
        if (!c.countries().isEmpty()) {
            out.put("countries", String.join(", ", c.countries()));
        }
        c.startDate().ifPresent(v -> out.put("startDate", v.toString()));
        c.endDate().ifPresent(v -> out.put("endDate", v.toString()));
        c.dossierCode().ifPresent(v -> out.put("dossierCode", v));
        for (Iterator<Map.Entry<String, JsonNode>> it = c.details().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            out.put("details." + field.getKey(), text(field.getValue()));
        }
        if (!citedDocuments.isEmpty()) {
            out.put("documents", String.join("; ", citedDocuments));
        }
        return out;
    }

    private static String text(JsonNode value) {
        return value.isArray()
                ? StreamSupport.stream(value.spliterator(), false).map(JsonNode::asText).collect(Collectors.joining(", "))
                : value.asText();
    }
}
