package vn.ngoaivu.registry;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** The position after a row of a list ordered by last change: its change time and id, opaque to clients. */
public record ListCursor(Instant updatedAt, UUID id) {
    public String encode() {
        String raw = updatedAt.getEpochSecond() + "." + updatedAt.getNano() + "." + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    public static ListCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split("\\.", 3);
            return new ListCursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])), UUID.fromString(parts[2]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new RegistryExceptions.InvalidCursor();
        }
    }
}
