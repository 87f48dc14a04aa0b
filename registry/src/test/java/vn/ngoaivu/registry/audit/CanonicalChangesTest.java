package vn.ngoaivu.registry.audit;

import org.junit.jupiter.api.Test;

import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CanonicalChangesTest {

    @Test
    void writesSortedCompactJcsStyleText() {
        SortedMap<String, Change> changes = new TreeMap<>();
        changes.put("organisation", Change.of(null, "Đại học Tokyo"));
        changes.put("email", Change.of("a@b.vn", null));
        changes.put("notes", Change.of("say \"hi\"\\\n\t\u0001", "x"));
        assertEquals("{\"email\":{\"after\":null,\"before\":\"a@b.vn\"},"
                        + "\"notes\":{\"after\":\"x\",\"before\":\"say \\\"hi\\\"\\\\\\n\\t\\u0001\"},"
                        + "\"organisation\":{\"after\":\"Đại học Tokyo\",\"before\":null}}",
                CanonicalChanges.write(changes));
    }

    @Test
    void readsBackWhatItWrites() {
        SortedMap<String, Change> changes = new TreeMap<>();
        changes.put("fullName", Change.of("Nguyễn Văn Á", "Nguyễn Văn Ánh"));
        changes.put("controls", Change.of("\u0000\u001f\b\f\r/", "\u007f\u2028"));
        changes.put("emoji and lone surrogates", Change.of("🇻🇳 ok", "\ud800 and \udfff"));
        changes.put("empty", Change.of("", null));
        changes.put("\"quoted\\key\"", Change.of(null, null));
        assertEquals(changes, CanonicalChanges.read(CanonicalChanges.write(changes)));
        assertEquals(new TreeMap<>(), CanonicalChanges.read(CanonicalChanges.write(new TreeMap<>())));
    }

    @Test
    void refusesMalformedText() {
        assertThrows(IllegalStateException.class, () -> CanonicalChanges.read("{\"a\":{\"after\":\"x\"}"));
        assertThrows(IllegalStateException.class, () -> CanonicalChanges.read("{\"a\":{\"other\":null}}"));
        assertThrows(IllegalStateException.class, () -> CanonicalChanges.read("{} trailing"));
    }
}
