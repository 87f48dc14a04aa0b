package vn.ngoaivu.registry.audit;

import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The append-only, tamper-evident trail of changes to registry records (table {@code audit_entry}, migration
 * V4): who changed which fields of which record, when, under which request, with the values before and
 * after (Personal Data Protection Law 91/2025/QH15).
 *
 * <h2>How it holds</h2>
 * <ul>
 *   <li><b>Chained.</b> Each entry stores the previous entry's hash and its own, SHA-256 over the previous
 *   hash and the entry's content ({@link ChainHash} gives the exact bytes). Ids are gapless: an edited,
 *   deleted or inserted row breaks the chain at that id, and {@link #verify} says where.</li>
 *   <li><b>Serialised.</b> {@link #append} locks the one row of {@code audit_head} ({@code SELECT ... FOR
 *   UPDATE}), takes the next id and the previous hash from it, inserts, and moves the head, all in the
 *   caller's transaction: the lock is held to its commit, so concurrent transactions line up instead of
 *   forking the chain, and a rollback takes back the entry and the head together (no gap). The price:
 *   audited transactions commit one after the other from the moment they append, so append <b>last</b>,
 *   just before the commit, and keep that tail short. Under REPEATABLE READ or SERIALIZABLE a concurrent
 *   append makes the lock fail with SQLSTATE 40001: retry the transaction (READ COMMITTED, the default,
 *   waits instead).</li>
 *   <li><b>Append-only.</b> The application never updates or deletes an entry, with one exception:
 *   {@link #eraseValues} removes a person's values. A trigger refuses any other UPDATE, DELETE or TRUNCATE
 *   (against accidents; a superuser can disable it, which the chain then shows).</li>
 *   <li><b>Erasable values.</b> The values are canonical JSON text ({@link CanonicalChanges}) with a random
 *   salt; the hash covers only their salted digest. Erasure sets the values and the salt to NULL: the chain
 *   still verifies, the digest left behind cannot confirm a guess of the erased values, and the entry keeps
 *   who changed which fields when. Verification checks digests where values remain, and that every erased
 *   entry is followed by an {@link AuditEntry#ERASE} entry for the same record.</li>
 *   <li><b>Values for administrators.</b> {@link #history} reads the values only when asked
 *   ({@code withValues}); the caller (the gateway) asks only for administrators, and records that read in
 *   the personal-data access log. Nothing here knows who the caller is.</li>
 *   <li><b>Rewrites.</b> Someone able to write the database could recompute every hash from some entry on.
 *   Against that, keep the head ({@code id:hash}, printed by every verification) outside the database and
 *   pass it back as a {@link Checkpoint}: a rewritten chain no longer carries it.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe. With Hibernate, append through the session's connection:
 * {@code session.doReturningWork(c -> trail.append(c, entry))}. Database failures surface as
 * {@link IllegalStateException} whose cause is the {@link SQLException}.
 */
public final class AuditTrail {

    /**
     * A head recorded earlier: the entry {@code id} must still carry {@code hash} (hex).
     * {@link #parse} reads the {@code id:hash} form verification prints.
     */
    public record Checkpoint(long id, String hash) {
        private static final Pattern FORM = Pattern.compile("(\\d+):([0-9a-fA-F]{64})");

        public Checkpoint {
            if (id < 1) {
                throw new IllegalArgumentException("a checkpoint names an entry id, 1 or more");
            }
            hash = Objects.requireNonNull(hash).toLowerCase(java.util.Locale.ROOT);
            if (!hash.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("a checkpoint hash is 64 hex digits");
            }
        }

        public static Checkpoint parse(String text) {
            Matcher m = FORM.matcher(text.trim());
            if (!m.matches()) {
                throw new IllegalArgumentException("expected ID:HASH (64 hex digits), got '" + text + "'");
            }
            return new Checkpoint(Long.parseLong(m.group(1)), m.group(2));
        }
    }

    private static final int SALT_BYTES = 32;
    private static final int FETCH_SIZE = 500;
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final String INSERT = "INSERT INTO audit_entry (id, entity_kind, entity_id, action, at, actor,"
            + " actor_roles, request_id, fields, change_values, values_salt, values_digest, prev_hash, hash)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String COLUMNS = "id, entity_kind, entity_id, action, at, actor, actor_roles, request_id,"
            + " fields, (change_values IS NULL AND values_digest IS NOT NULL) AS erased";

    /**
     * Records {@code entry} in the caller's transaction and returns its id. The entry becomes visible, and
     * the chain's head moves, when the caller commits; a rollback leaves no trace. Call it as the last
     * statement before the commit (see the class comment).
     *
     * @throws IllegalArgumentException when {@code connection} is in auto-commit mode: the change and its
     *                                  entry must commit together
     */
    public long append(Connection connection, AuditEntry entry) {
        return appendAll(connection, List.of(Objects.requireNonNull(entry))).get(0);
    }

    /**
     * As {@link #append} for several entries, in order, with one read and one update of the head and one
     * batch of inserts: what a spreadsheet import's chunk needs. Returns their ids.
     */
    public List<Long> appendAll(Connection connection, List<AuditEntry> entries) {
        requireTransaction(connection, "append");
        if (entries.isEmpty()) {
            return List.of();
        }
        try {
            long lastId;
            byte[] lastHash;
            try (PreparedStatement s = connection.prepareStatement(
                    "SELECT last_id, last_hash FROM audit_head WHERE id = 1 FOR UPDATE");
                 ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("audit_head has no row: the trail's head was removed;"
                            + " run deploy/audit-verify");
                }
                lastId = rs.getLong(1);
                lastHash = rs.getBytes(2);
            }
            List<Long> ids = new java.util.ArrayList<>(entries.size());
            try (PreparedStatement s = connection.prepareStatement(INSERT)) {
                for (AuditEntry entry : entries) {
                    long id = Math.addExact(lastId, 1);
                    byte[] hash = bindEntry(connection, s, id, lastHash, entry);
                    s.addBatch();
                    ids.add(id);
                    lastId = id;
                    lastHash = hash;
                }
                s.executeBatch();
            }
            try (PreparedStatement s = connection.prepareStatement(
                    "UPDATE audit_head SET last_id = ?, last_hash = ? WHERE id = 1")) {
                s.setLong(1, lastId);
                s.setBytes(2, lastHash);
                s.executeUpdate();
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("could not append to the audit trail", e);
        }
    }

    /** Binds one entry's row, chained to {@code prevHash}; returns its hash. */
    private static byte[] bindEntry(Connection connection, PreparedStatement s, long id, byte[] prevHash, AuditEntry entry)
            throws SQLException {
        List<String> fields = List.copyOf(entry.changes().keySet());
        String values = null;
        byte[] salt = null;
        byte[] digest = null;
        if (!entry.changes().isEmpty()) {
            values = CanonicalChanges.write(entry.changes());
            salt = new byte[SALT_BYTES];
            RANDOM.nextBytes(salt);
            digest = ChainHash.valuesDigest(salt, values);
        }
        String requestId = entry.requestId().orElse(null);
        byte[] hash = ChainHash.entryHash(prevHash, id, entry.entityKind(), entry.entityId(), entry.action(),
                entry.at(), entry.actor(), entry.actorRoles(), requestId, fields, digest);
        s.setLong(1, id);
        s.setString(2, entry.entityKind());
        s.setString(3, entry.entityId());
        s.setString(4, entry.action());
        s.setObject(5, OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC));
        s.setString(6, entry.actor());
        s.setString(7, entry.actorRoles());
        s.setString(8, requestId);
        s.setArray(9, connection.createArrayOf("text", fields.toArray(new String[0])));
        s.setString(10, values);
        s.setBytes(11, salt);
        s.setBytes(12, digest);
        s.setBytes(13, prevHash);
        s.setBytes(14, hash);
        return hash;
    }

    /**
     * The entries of one record, newest first. With {@code withValues} (administrators only) each entry
     * carries its values unless they were erased; without, the values are not even read.
     */
    public List<AuditRecord> history(Connection connection, String entityKind, String entityId, boolean withValues) {
        String sql = "SELECT " + COLUMNS + (withValues ? ", change_values" : "")
                + " FROM audit_entry WHERE entity_kind = ? AND entity_id = ? ORDER BY id DESC";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, entityKind);
            s.setString(2, entityId);
            List<AuditRecord> records = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    boolean erased = rs.getBoolean("erased");
                    Optional<SortedMap<String, Change>> changes = Optional.empty();
                    if (withValues && !erased) {
                        String values = rs.getString("change_values");
                        changes = Optional.of(values == null
                                ? Collections.unmodifiableSortedMap(new TreeMap<>())
                                : CanonicalChanges.read(values));
                    }
                    records.add(new AuditRecord(rs.getLong("id"), rs.getString("entity_kind"),
                            rs.getString("entity_id"), rs.getString("action"),
                            rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                            rs.getString("actor_roles"), Optional.ofNullable(rs.getString("request_id")),
                            fields(rs), changes, erased));
                }
            }
            return records;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the audit trail of " + entityKind + " " + entityId, e);
        }
    }

    /**
     * Erases the values of every entry of one record, for good (the entries stay, marked erased), in the
     * caller's transaction, and returns how many entries held values. Appends nothing: the caller appends an
     * {@link AuditEntry#ERASE} entry without values in the same transaction, which verification expects.
     * PostgreSQL reclaims the old row versions at its next vacuum of the table; backups keep them until they
     * expire.
     */
    public int eraseValues(Connection connection, String entityKind, String entityId) {
        requireTransaction(connection, "eraseValues");
        try (PreparedStatement s = connection.prepareStatement("UPDATE audit_entry SET change_values = NULL,"
                + " values_salt = NULL WHERE entity_kind = ? AND entity_id = ? AND change_values IS NOT NULL")) {
            s.setString(1, entityKind);
            s.setString(2, entityId);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not erase the audit values of " + entityKind + " " + entityId, e);
        }
    }

    /** {@link #verify(Connection, Optional)} without a checkpoint. */
    public VerificationReport verify(Connection connection) {
        return verify(connection, Optional.empty());
    }

    /**
     * Walks the whole chain in id order, streaming (constant memory), recomputing every hash and every
     * digest where values remain, then checks the head, the checkpoint if given, and that erasures were
     * recorded. Stops at the first break.
     *
     * <p>On a connection in auto-commit mode it reads in its own REPEATABLE READ, read-only transaction, so
     * that the head and the entries come from one snapshot while appends go on. In the caller's transaction
     * it uses that transaction's view; under READ COMMITTED it then checks the entries up to the head it
     * read first, and entries appended after it are left for the next run.
     */
    public VerificationReport verify(Connection connection, Optional<Checkpoint> checkpoint) {
        Objects.requireNonNull(checkpoint);
        try {
            if (!connection.getAutoCommit()) {
                boolean snapshot = connection.getTransactionIsolation() >= Connection.TRANSACTION_REPEATABLE_READ;
                return verifyIn(connection, snapshot, checkpoint);
            }
            int isolation = connection.getTransactionIsolation();
            boolean readOnly = connection.isReadOnly();
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            try {
                return verifyIn(connection, true, checkpoint);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
                connection.setReadOnly(readOnly);
                connection.setTransactionIsolation(isolation);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not verify the audit trail", e);
        }
    }

    private static VerificationReport verifyIn(Connection c, boolean snapshot, Optional<Checkpoint> checkpoint)
            throws SQLException {
        Long headId = null;
        byte[] headHash = null;
        try (PreparedStatement s = c.prepareStatement("SELECT last_id, last_hash FROM audit_head WHERE id = 1");
             ResultSet rs = s.executeQuery()) {
            if (rs.next()) {
                headId = rs.getLong(1);
                headHash = rs.getBytes(2);
            }
        }
        Walk walk = new Walk(checkpoint);
        String sql = "SELECT id, entity_kind, entity_id, action, at, actor, actor_roles, request_id, fields,"
                + " change_values, values_salt, values_digest, prev_hash, hash FROM audit_entry"
                + (snapshot || headId == null ? "" : " WHERE id <= ?") + " ORDER BY id";
        try (PreparedStatement s = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            s.setFetchSize(FETCH_SIZE);
            if (!snapshot && headId != null) {
                s.setLong(1, headId);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (walk.broken == null && rs.next()) {
                    walk.step(rs);
                }
            }
        }
        long lastId = walk.expectedId - 1;
        if (walk.broken == null) {
            if (headId == null) {
                walk.broken = new VerificationReport.Break(0, VerificationReport.Problem.HEAD_MISMATCH,
                        "audit_head has no row");
            } else if (lastId < headId) {
                walk.broken = new VerificationReport.Break(lastId + 1, VerificationReport.Problem.MISSING_ENTRIES,
                        "the chain ends at " + lastId + " but the head records " + headId
                                + ": the last entries were removed");
            } else if (lastId > headId) {
                walk.broken = new VerificationReport.Break(headId + 1, VerificationReport.Problem.HEAD_MISMATCH,
                        "entries after the head's last id " + headId + ": appended around the head, or the head"
                                + " was set back");
            } else if (!Arrays.equals(walk.prevHash, headHash)) {
                walk.broken = new VerificationReport.Break(lastId, VerificationReport.Problem.HEAD_MISMATCH,
                        "the head's hash is not the hash of entry " + lastId);
            }
        }
        if (walk.broken == null && checkpoint.isPresent() && checkpoint.get().id() > lastId) {
            walk.broken = new VerificationReport.Break(checkpoint.get().id(),
                    VerificationReport.Problem.CHECKPOINT_MISMATCH,
                    "the chain ends at " + lastId + ", before the checkpoint's entry: it was cut or rewritten");
        }
        if (walk.broken == null) {
            walk.broken = unrecordedErasure(c, lastId);
        }
        return new VerificationReport(walk.checked, walk.withValues, walk.erased, headId == null ? 0 : headId,
                ChainHash.hex(headHash), Optional.ofNullable(walk.broken));
    }

    /** The first entry whose values are gone with no later erase entry for its record. */
    private static VerificationReport.Break unrecordedErasure(Connection c, long lastId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT min(e.id) FROM audit_entry e"
                + " WHERE e.change_values IS NULL AND e.values_digest IS NOT NULL AND e.id <= ?"
                + " AND NOT EXISTS (SELECT 1 FROM audit_entry x WHERE x.entity_kind = e.entity_kind"
                + " AND x.entity_id = e.entity_id AND x.action = ? AND x.id > e.id)")) {
            // No upper bound on the erase entry: under READ COMMITTED one committed after the head was read
            // is visible here together with the values it erased.
            s.setLong(1, lastId);
            s.setString(2, AuditEntry.ERASE);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                return rs.wasNull() ? null : new VerificationReport.Break(id,
                        VerificationReport.Problem.ERASED_WITHOUT_RECORD,
                        "its values were removed but no later '" + AuditEntry.ERASE + "' entry records it");
            }
        }
    }

    /** The state of one walk along the chain. */
    private static final class Walk {
        private final Optional<Checkpoint> checkpoint;
        long expectedId = 1;
        byte[] prevHash = ChainHash.GENESIS;
        long checked;
        long withValues;
        long erased;
        VerificationReport.Break broken;

        Walk(Optional<Checkpoint> checkpoint) {
            this.checkpoint = checkpoint;
        }

        void step(ResultSet rs) throws SQLException {
            long id = rs.getLong("id");
            if (id != expectedId) {
                broken = new VerificationReport.Break(expectedId, VerificationReport.Problem.MISSING_ENTRIES,
                        id == expectedId + 1 ? "entry " + expectedId + " is missing"
                                : "entries " + expectedId + " to " + (id - 1) + " are missing");
                return;
            }
            byte[] storedPrev = rs.getBytes("prev_hash");
            if (!Arrays.equals(storedPrev, prevHash)) {
                broken = new VerificationReport.Break(id, VerificationReport.Problem.PREV_LINK_BROKEN,
                        id == 1 ? "the first entry does not start from the genesis hash"
                                : "its prev_hash is not the hash of entry " + (id - 1));
                return;
            }
            byte[] stored = rs.getBytes("hash");
            byte[] digest = rs.getBytes("values_digest");
            byte[] computed = ChainHash.entryHash(storedPrev, id, rs.getString("entity_kind"),
                    rs.getString("entity_id"), rs.getString("action"),
                    rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                    rs.getString("actor_roles"), rs.getString("request_id"), fields(rs), digest);
            if (!Arrays.equals(computed, stored)) {
                broken = new VerificationReport.Break(id, VerificationReport.Problem.HASH_MISMATCH,
                        "the stored hash is not the hash of the entry's content");
                return;
            }
            String values = rs.getString("change_values");
            if (values != null) {
                byte[] salt = rs.getBytes("values_salt");
                if (salt == null || digest == null || !Arrays.equals(ChainHash.valuesDigest(salt, values), digest)) {
                    broken = new VerificationReport.Break(id, VerificationReport.Problem.DIGEST_MISMATCH,
                            "the values are not the ones written");
                    return;
                }
            }
            if (checkpoint.isPresent() && checkpoint.get().id() == id
                    && !ChainHash.hex(stored).equals(checkpoint.get().hash())) {
                broken = new VerificationReport.Break(id, VerificationReport.Problem.CHECKPOINT_MISMATCH,
                        "the entry no longer carries the checkpoint's hash: the chain was rewritten");
                return;
            }
            checked++;
            if (values != null) {
                withValues++;
            } else if (digest != null) {
                erased++;
            }
            prevHash = stored;
            expectedId = id + 1;
        }
    }

    private static List<String> fields(ResultSet rs) throws SQLException {
        Array array = rs.getArray("fields");
        try {
            return List.of((String[]) array.getArray());
        } finally {
            array.free();
        }
    }

    private static void requireTransaction(Connection connection, String operation) {
        try {
            if (connection.getAutoCommit()) {
                throw new IllegalArgumentException(operation + " runs in the caller's transaction: turn auto-commit"
                        + " off, and commit the change and its audit entry together");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the connection's auto-commit mode", e);
        }
    }
}
