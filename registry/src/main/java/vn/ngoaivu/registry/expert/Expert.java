package vn.ngoaivu.registry.expert;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A profile with its identity and bookkeeping, as stored. {@code version} is what clients see as the ETag. */
public record Expert(UUID id, long version, String owningUnit, String status, ExpertProfile profile,
                     Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
                     Optional<Instant> deletedAt) {

    public boolean deleted() {
        return deletedAt.isPresent();
    }
}
