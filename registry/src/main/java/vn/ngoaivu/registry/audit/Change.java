package vn.ngoaivu.registry.audit;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One field's value before and after a change, as display strings: the caller renders lists, codes and
 * dates the way an officer reads them. Empty means "no value" (the field was added or cleared).
 */
public record Change(Optional<String> before, Optional<String> after) {

    public Change {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** {@code null} stands for "no value". */
    public static Change of(String before, String after) {
        return new Change(Optional.ofNullable(before), Optional.ofNullable(after));
    }

    /**
     * The changes between two renderings of a record, field by field: only the fields whose value differs,
     * a missing or {@code null} value counting as "no value".
     */
    public static SortedMap<String, Change> between(Map<String, String> before, Map<String, String> after) {
        SortedMap<String, Change> changes = new TreeMap<>();
        TreeSet<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        for (String field : fields) {
            String was = before.get(field);
            String is = after.get(field);
            if (!Objects.equals(was, is)) {
                changes.put(field, of(was, is));
            }
        }
        return Collections.unmodifiableSortedMap(changes);
    }
}
