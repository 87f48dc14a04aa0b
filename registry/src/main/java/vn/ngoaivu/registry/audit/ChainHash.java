package vn.ngoaivu.registry.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * The hashes of the trail, version 1. Every item is length-prefixed so that no two different entries
 * encode to the same bytes: a string is its UTF-8 length as a big-endian int32 then the bytes; an absent
 * string or byte array is the length -1; a long is 8 bytes big-endian; a list is its size (int32) then its
 * items.
 *
 * <pre>
 * values_digest = SHA-256( str "ngoaivu-audit-values/1" · bytes salt · str change_values )
 * hash          = SHA-256( str "ngoaivu-audit-entry/1" · bytes prev_hash · long id · str entity_kind
 *                          · str entity_id · str action · long at (microseconds since 1970-01-01T00:00Z)
 *                          · str actor · str actor_roles · str? request_id · list&lt;str&gt; fields
 *                          · bytes? values_digest )
 * </pre>
 * The first entry's {@code prev_hash} is 32 zero bytes. Changing anything here invalidates every existing
 * chain: a new version needs a new tag and a migration that re-anchors the chain.
 */
final class ChainHash {

    static final int LENGTH = 32;
    static final byte[] GENESIS = new byte[LENGTH];
    private static final HexFormat HEX = HexFormat.of();

    private ChainHash() {
    }

    static byte[] valuesDigest(byte[] salt, String changeValues) {
        MessageDigest d = sha256();
        str(d, "ngoaivu-audit-values/1");
        bytes(d, salt);
        str(d, changeValues);
        return d.digest();
    }

    static byte[] entryHash(byte[] prevHash, long id, String entityKind, String entityId, String action, Instant at,
                            String actor, String actorRoles, String requestIdOrNull, List<String> fields,
                            byte[] valuesDigestOrNull) {
        MessageDigest d = sha256();
        str(d, "ngoaivu-audit-entry/1");
        bytes(d, prevHash);
        lng(d, id);
        str(d, entityKind);
        str(d, entityId);
        str(d, action);
        lng(d, epochMicros(at));
        str(d, actor);
        str(d, actorRoles);
        str(d, requestIdOrNull);
        integer(d, fields.size());
        for (String field : fields) {
            str(d, field);
        }
        bytes(d, valuesDigestOrNull);
        return d.digest();
    }

    static long epochMicros(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
    }

    static String hex(byte[] bytes) {
        return bytes == null ? "" : HEX.formatHex(bytes);
    }

    static byte[] parseHex(String hex) {
        return HEX.parseHex(hex);
    }

    private static void str(MessageDigest d, String s) {
        bytes(d, s == null ? null : s.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(MessageDigest d, byte[] b) {
        if (b == null) {
            integer(d, -1);
        } else {
            integer(d, b.length);
            d.update(b);
        }
    }

    private static void integer(MessageDigest d, int v) {
        d.update(ByteBuffer.allocate(4).putInt(v).array());
    }

    private static void lng(MessageDigest d, long v) {
        d.update(ByteBuffer.allocate(8).putLong(v).array());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
