package vn.ngoaivu.registry;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** The position after a row of a list ordered by last change: its change time and id, opaque to clients. */
public record ListCursor(Instant updatedAt, UUID id) {

    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
    public String encode() {
        String raw = updatedAt.getEpochSecond() + "." + updatedAt.getNano() + "." + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    public static ListCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split("\\.", 3);
            Instant at = Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            if (at.isBefore(Instant.EPOCH) || at.isAfter(LATEST)) {
                throw new RegistryExceptions.InvalidCursor(); // not a time this platform wrote, nor one PostgreSQL keeps
            }
            return new ListCursor(at, UUID.fromString(parts[2]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | java.time.DateTimeException | ArithmeticException e) {
            throw new RegistryExceptions.InvalidCursor();
        }
    }
}
