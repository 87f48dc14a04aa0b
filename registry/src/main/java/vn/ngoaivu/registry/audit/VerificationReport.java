package vn.ngoaivu.registry.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link AuditTrail#verify}: intact, or the first break found walking the chain in id order.
 *
 * @param entriesChecked    entries whose hash and link were verified (up to the break, if any)
 * @param entriesWithValues of those, entries whose values digest was verified
 * @param entriesErased     of those, entries whose values were erased (digest no longer checkable)
 * @param headId            the last id the head records
 * @param headHash          the hash the head records, hex; with {@code headId} a checkpoint to keep outside
 *                          the database and pass to a later verification
 */
public record VerificationReport(long entriesChecked, long entriesWithValues, long entriesErased, long headId,
                                 String headHash, Optional<Break> firstBreak) {

    public enum Problem {
        /** Ids are gapless; one or more are absent: rows deleted (the entry id is the first missing one). */
        MISSING_ENTRIES("entries missing"),
        /** The entry's prev_hash is not the previous entry's hash: a row inserted, or the previous rewritten. */
        PREV_LINK_BROKEN("link to the previous entry broken"),
        /** The stored hash is not the hash of the entry's content: a column edited, or the hash rewritten. */
        HASH_MISMATCH("hash mismatch"),
        /** The values present are not the values digested when written: values edited. */
        DIGEST_MISMATCH("values digest mismatch"),
        /** audit_head does not point at the last entry. */
        HEAD_MISMATCH("head mismatch"),
        /** Values removed with no later erase entry for the same record: an erasure that was not recorded. */
        ERASED_WITHOUT_RECORD("values erased without an erase entry"),
        /** The entry at the checkpoint id does not carry the checkpoint's hash: the chain was rewritten. */
        CHECKPOINT_MISMATCH("checkpoint mismatch");

        private final String label;

        Problem(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** @param entryId the entry where the chain breaks (0 when the head itself is missing) */
    public record Break(long entryId, Problem problem, String detail) {
        public Break {
            Objects.requireNonNull(problem);
            Objects.requireNonNull(detail);
        }
    }

    public VerificationReport {
        Objects.requireNonNull(headHash);
        Objects.requireNonNull(firstBreak);
    }

    public boolean intact() {
        return firstBreak.isEmpty();
    }

    /** One line for an operator or a monitoring job. */
    public String summary() {
        String head = "head " + headId + ":" + headHash;
        if (firstBreak.isEmpty()) {
            return "audit trail intact: " + entries(entriesChecked) + " (" + entriesWithValues + " with values, "
                    + entriesErased + " erased); " + head;
        }
        Break b = firstBreak.get();
        return "audit trail BROKEN at entry " + b.entryId() + ": " + b.problem().label() + " (" + b.detail() + "); "
                + entries(entriesChecked) + " checked; " + head;
    }

    private static String entries(long n) {
        return n + (n == 1 ? " entry" : " entries");
    }
}
