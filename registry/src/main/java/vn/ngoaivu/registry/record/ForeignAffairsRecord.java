package vn.ngoaivu.registry.record;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A foreign-affairs record as stored. Its {@code content} carries no citations: the documents it cites are
 * {@link #documents()}, references the document system completes (see {@code DocumentReferences}).
 */
public record ForeignAffairsRecord(UUID id, long version, RecordKind kind, String status, String owningUnit,
                                   RecordContent content, List<Cited> documents, Instant createdAt, String createdBy,
                                   Instant updatedAt, String updatedBy, boolean deleted) {

    /** A cited document: why, and which reference. */
    public record Cited(String role, UUID documentId) {
    }

    /** The statuses this record may move to now. */
    public List<String> nextStatuses() {
        return deleted ? List.of() : kind.workflow().next(status);
    }
}
