package vn.ngoaivu.registry.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Pins the hash format: a change here invalidates every chain already written (see {@link ChainHash}). */
class ChainHashTest {

    private static final Instant AT = Instant.parse("2026-01-01T08:30:00.123456Z");

    @Test
    void formatIsStable() {
        byte[] digest = ChainHash.valuesDigest(new byte[32], "{\"email\":{\"after\":\"b@c.vn\",\"before\":null}}");
        assertEquals(GOLDEN_DIGEST, ChainHash.hex(digest));
        byte[] hash = ChainHash.entryHash(ChainHash.GENESIS, 1, "expert", "0b7e4f5c-0000-4000-8000-000000000001",
                "update", AT, "can.bo.htqt", "officer", "req-1", List.of("email"), digest);
        assertEquals(GOLDEN_HASH, ChainHash.hex(hash));
    }

    @Test
    void lengthPrefixesKeepNeighbouringFieldsApart() {
        byte[] a = ChainHash.entryHash(ChainHash.GENESIS, 1, "expert", "ab", "update", AT, "c", "", null, List.of(), null);
        byte[] b = ChainHash.entryHash(ChainHash.GENESIS, 1, "expert", "a", "update", AT, "bc", "", null, List.of(), null);
        byte[] noRequest = ChainHash.entryHash(ChainHash.GENESIS, 1, "expert", "a", "update", AT, "bc", "", "", List.of(), null);
        assertNotEquals(ChainHash.hex(a), ChainHash.hex(b));
        assertNotEquals(ChainHash.hex(b), ChainHash.hex(noRequest));
    }

    @Test
    void microsecondsSinceTheEpoch() {
        assertEquals(1_767_256_200_123_456L, ChainHash.epochMicros(AT));
        assertEquals(-1L, ChainHash.epochMicros(Instant.parse("1969-12-31T23:59:59.999999Z")));
    }

    // Computed independently of this code (a few lines of Python following the format in ChainHash's comment).
    private static final String GOLDEN_DIGEST = "419303dd6e539a3a4b41598845d549ce04f645cbc4dd507e61b5fb1b910cbb60";
    private static final String GOLDEN_HASH = "0fe9a3b5d3812857b2cf7acebb9ae96b9e91c0ae4d86f63b55fa6a8bc9547088";
}
