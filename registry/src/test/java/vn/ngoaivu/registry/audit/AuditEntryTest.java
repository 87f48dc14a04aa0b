package vn.ngoaivu.registry.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AuditEntryTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:00:00.123456789Z");

    @Test
    void keepsMicrosecondsAndANaturallyOrderedCopyOfTheChanges() {
        SortedMap<String, Change> changes = new TreeMap<>(java.util.Comparator.reverseOrder());
        changes.put("a", Change.of(null, "1"));
        changes.put("b", Change.of("2", null));
        AuditEntry entry = new AuditEntry("expert", "id-1", AuditEntry.UPDATE, AT, "can.bo", "officer",
                Optional.empty(), changes);
        assertEquals(Instant.parse("2026-03-01T10:00:00.123456Z"), entry.at());
        assertEquals(java.util.List.of("a", "b"), java.util.List.copyOf(entry.changes().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> entry.changes().clear());
    }

    @Test
    void refusesWhatCouldNotBeStoredAndReadBackExactly() {
        assertThrows(IllegalArgumentException.class, () -> entry("expert", "id", "Update", "x"));
        assertThrows(IllegalArgumentException.class, () -> entry("expert", " ", "update", "x"));
        assertThrows(IllegalArgumentException.class, () -> entry("expert", "id", "update", "a\u0000b"));
        assertThrows(IllegalArgumentException.class, () -> entry("expert", "id\ud800", "update", "x"));
        assertThrows(NullPointerException.class, () -> entry("expert", "id", "update", null));
        entry("expert", "id", "consent-withdrawn", "quản.trị 👤");
    }

    @Test
    void changesBetweenTwoRenderings() {
        Map<String, String> before = new java.util.HashMap<>(Map.of("name", "An", "city", "Paris", "email", "a@x"));
        before.put("phone", null);
        Map<String, String> after = Map.of("name", "An", "city", "Lyon", "orcid", "0000-0001");
        SortedMap<String, Change> expected = new TreeMap<>(Map.of(
                "city", Change.of("Paris", "Lyon"),
                "email", Change.of("a@x", null),
                "orcid", Change.of(null, "0000-0001")));
        assertEquals(expected, Change.between(before, after));
    }

    private static AuditEntry entry(String kind, String id, String action, String actor) {
        return new AuditEntry(kind, id, action, AT, actor, "", Optional.empty(), new TreeMap<>());
    }
}
