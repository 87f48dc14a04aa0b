package vn.ngoaivu.gateway.registry;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.ngoaivu.registry.audit.AuditRecord;

import java.util.List;

/** A record's audit history as JSON, the same for experts and foreign-affairs records. */
final class AuditJson {

    private AuditJson() {
    }

    static ObjectNode history(List<AuditRecord> entries) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode items = body.putArray("items");
        for (AuditRecord entry : entries) {
            ObjectNode item = items.addObject();
            item.put("id", entry.id());
            item.put("at", entry.at().toString());
            item.put("actor", entry.actor());
            item.put("roles", entry.actorRoles());
            item.put("action", entry.action());
            entry.requestId().ifPresent(r -> item.put("requestId", r));
            ArrayNode fields = item.putArray("fields");
            entry.fields().forEach(fields::add);
            item.put("erased", entry.erased());
            entry.changes().ifPresent(changes -> {
                ObjectNode values = item.putObject("changes");
                changes.forEach((field, change) -> {
                    ObjectNode c = values.putObject(field);
                    change.before().ifPresent(v -> c.put("before", v));
                    change.after().ifPresent(v -> c.put("after", v));
                });
            });
        }
        return body;
    }
}
