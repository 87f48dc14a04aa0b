package vn.ngoaivu.registry.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

/**
 * An entry of the trail as {@link AuditTrail#history} returns it.
 *
 * @param fields  the names of the changed fields, always present (they are not personal data)
 * @param changes the values before and after: present only when asked for with values (administrators)
 *                and not erased; an empty map for entries that never had values
 * @param erased  the values were erased (the person's data was deleted); the entry itself stays
 */
public record AuditRecord(long id, String entityKind, String entityId, String action, Instant at, String actor,
                          String actorRoles, Optional<String> requestId, List<String> fields,
                          Optional<SortedMap<String, Change>> changes, boolean erased) {

    public AuditRecord {
        Objects.requireNonNull(entityKind);
        Objects.requireNonNull(entityId);
        Objects.requireNonNull(action);
        Objects.requireNonNull(at);
        Objects.requireNonNull(actor);
        Objects.requireNonNull(actorRoles);
        Objects.requireNonNull(requestId);
        fields = List.copyOf(fields);
        Objects.requireNonNull(changes);
    }
}
