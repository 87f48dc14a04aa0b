package vn.ngoaivu.registry.audit;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ngoaivu.registry.db.Database;
import vn.ngoaivu.registry.db.DatabaseSettings;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ngoaivu.registry.audit.VerificationReport.Problem.CHECKPOINT_MISMATCH;
import static vn.ngoaivu.registry.audit.VerificationReport.Problem.DIGEST_MISMATCH;
import static vn.ngoaivu.registry.audit.VerificationReport.Problem.ERASED_WITHOUT_RECORD;
import static vn.ngoaivu.registry.audit.VerificationReport.Problem.HASH_MISMATCH;
import static vn.ngoaivu.registry.audit.VerificationReport.Problem.HEAD_MISMATCH;
import static vn.ngoaivu.registry.audit.VerificationReport.Problem.MISSING_ENTRIES;
import static vn.ngoaivu.registry.audit.VerificationReport.Problem.PREV_LINK_BROKEN;

/** Against a real embedded PostgreSQL, shared by the tests; each starts from an empty trail. */
class AuditTrailIT {

    private static final String EXPERT = "expert";
    private static final String A = "6f1c2a9e-5b1d-4c7e-9a51-000000000001";
    private static final String B = "6f1c2a9e-5b1d-4c7e-9a51-000000000002";

    @TempDir
    static Path dataDir;
    private static Database db;

    private final AuditTrail trail = new AuditTrail();

    @BeforeAll
    static void start() {
        db = Database.open(DatabaseSettings.embeddedAt(dataDir));
    }

    @AfterAll
    static void stop() {
        if (db != null) {
            db.close();
        }
    }

    /** Tests (not the application) may bypass the append-only guard: replica mode fires no ordinary trigger. */
    @BeforeEach
    void emptyTrail() throws SQLException {
        tamper("TRUNCATE audit_entry",
                "UPDATE audit_head SET last_id = 0, last_hash = decode(repeat('00', 32), 'hex')");
    }

    @Test
    void appendAllChainsABatchAsSingleAppendsWould() throws SQLException {
        commit(entry(A, AuditEntry.CREATE, "can.bo.htqt", values()));
        List<Long> ids;
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            ids = trail.appendAll(c, List.of(
                    entry(B, AuditEntry.CREATE, "import", values()),
                    entry("C", AuditEntry.CREATE, "import", values()),
                    entry("D", AuditEntry.CREATE, "import", values())));
            c.commit();
        }
        assertEquals(List.of(2L, 3L, 4L), ids);
        commit(entry(A, AuditEntry.UPDATE, "can.bo.htqt", values()));
        VerificationReport report = verify();
        assertTrue(report.intact(), report.summary());
        assertEquals(5, report.headId());
    }

    @Test
    void appendsAndReadsHistoryWithAndWithoutValues() throws SQLException {
        Instant created = Instant.parse("2026-02-03T04:05:06.123456789Z");
        SortedMap<String, Change> createChanges = changes(
                "fullName", Change.of(null, "Nguyễn Thị \"Hoa\"\nGS.TS"),
                "email", Change.of(null, "hoa@example.org"));
        long first = commit(new AuditEntry(EXPERT, A, AuditEntry.CREATE, created, "can.bo.htqt", "officer",
                Optional.of("req-1"), createChanges));
        long second = commit(entry(A, AuditEntry.UPDATE, "lanh.dao",
                changes("email", Change.of("hoa@example.org", "hoa@u-tokyo.ac.jp"))));
        long other = commit(entry(B, AuditEntry.CREATE, "can.bo.htqt", changes("fullName", Change.of(null, "Trần Văn B"))));
        assertEquals(List.of(1L, 2L, 3L), List.of(first, second, other), "ids are gapless from 1");

        List<AuditRecord> withValues = history(A, true);
        assertEquals(List.of(2L, 1L), withValues.stream().map(AuditRecord::id).toList(), "newest first");
        AuditRecord createdRecord = withValues.get(1);
        assertEquals(AuditEntry.CREATE, createdRecord.action());
        assertEquals(Instant.parse("2026-02-03T04:05:06.123456Z"), createdRecord.at(), "kept to the microsecond");
        assertEquals("can.bo.htqt", createdRecord.actor());
        assertEquals("officer", createdRecord.actorRoles());
        assertEquals(Optional.of("req-1"), createdRecord.requestId());
        assertEquals(List.of("email", "fullName"), createdRecord.fields());
        assertEquals(Optional.of(createChanges), createdRecord.changes());
        assertFalse(createdRecord.erased());
        assertEquals(Optional.empty(), withValues.get(0).requestId());

        List<AuditRecord> withoutValues = history(A, false);
        assertEquals(2, withoutValues.size());
        assertEquals(List.of("email"), withoutValues.get(0).fields(), "field names without values");
        assertTrue(withoutValues.stream().allMatch(r -> r.changes().isEmpty()));
        assertEquals(List.of(), history("no-such-id", true));

        VerificationReport report = verify();
        assertTrue(report.intact(), report.summary());
        assertEquals(3, report.entriesChecked());
        assertEquals(3, report.entriesWithValues());
        assertEquals(3, report.headId());
    }

    @Test
    void freshTrailVerifiesAndAnEntryWithoutValuesIsNotErased() throws SQLException {
        VerificationReport empty = verify();
        assertTrue(empty.intact(), empty.summary());
        assertEquals(0, empty.entriesChecked());
        commit(entry(A, AuditEntry.CONSENT_WITHDRAWN, "quan.tri", new TreeMap<>()));
        AuditRecord record = history(A, true).get(0);
        assertEquals(Optional.of(new TreeMap<String, Change>()), record.changes());
        assertEquals(List.of(), record.fields());
        assertFalse(record.erased());
        assertTrue(verify().intact());
    }

    @Test
    void appendAndEraseNeedTheCallersTransaction() throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            assertTrue(c.getAutoCommit());
            assertThrows(IllegalArgumentException.class, () -> trail.append(c, entry(A, AuditEntry.UPDATE, "x", values())));
            assertThrows(IllegalArgumentException.class, () -> trail.eraseValues(c, EXPERT, A));
        }
        assertEquals(List.of(), history(A, false));
    }

    @Test
    void rolledBackTransactionLeavesNoEntryAndNoChainChange() throws SQLException {
        commit(entry(A, AuditEntry.CREATE, "can.bo.htqt", values()));
        commit(entry(A, AuditEntry.UPDATE, "can.bo.htqt", values()));
        Object[] headBefore = head();
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            assertEquals(3, trail.append(c, entry(A, AuditEntry.DELETE, "can.bo.htqt", values())));
            c.rollback();
        }
        assertArrayEquals(headBefore, head());
        assertEquals(2, history(A, false).size());
        assertEquals(3, commit(entry(A, AuditEntry.DELETE, "can.bo.htqt", values())), "the id is reused, no gap");
        assertTrue(verify().intact());
    }

    @Test
    void concurrentTransactionsFormOneUnbrokenChain() throws Exception {
        int threads = 6;
        int transactionsEach = 15;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> committed = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Callable<Integer> work = () -> {
                go.await();
                int entries = 0;
                try (Connection c = db.dataSource().getConnection()) {
                    c.setAutoCommit(false);
                    for (int i = 0; i < transactionsEach; i++) {
                        String id = "thread-" + thread + "-" + i;
                        trail.append(c, entry(id, AuditEntry.CREATE, "t" + thread, values()));
                        trail.append(c, entry(id, AuditEntry.UPDATE, "t" + thread, values()));
                        if (i % 5 == 4) {
                            c.rollback();
                        } else {
                            c.commit();
                            entries += 2;
                        }
                    }
                }
                return entries;
            };
            committed.add(pool.submit(work));
        }
        go.countDown();
        int expected = 0;
        for (Future<Integer> f : committed) {
            expected += f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));

        VerificationReport report = verify();
        assertTrue(report.intact(), report.summary());
        assertEquals(expected, report.entriesChecked());
        assertEquals(expected, report.headId());
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), min(id), max(id), count(DISTINCT prev_hash) FROM audit_entry")) {
            rs.next();
            assertEquals(expected, rs.getLong(1));
            assertEquals(1, rs.getLong(2));
            assertEquals(expected, rs.getLong(3), "gapless despite the rollbacks");
            assertEquals(expected, rs.getLong(4), "no two entries share a predecessor: no fork");
        }
        // Each transaction's two entries are adjacent: the head lock is held to the commit.
        for (int t = 0; t < threads; t++) {
            List<AuditRecord> h = history("thread-" + t + "-0", false);
            assertEquals(h.get(1).id() + 1, h.get(0).id());
        }
    }

    @Test
    void editedActorIsAHashMismatchAtThatEntry() throws SQLException {
        fiveEntries();
        tamper("UPDATE audit_entry SET actor = 'someone.else' WHERE id = 3");
        assertBreak(HASH_MISMATCH, 3);
    }

    @Test
    void deletedMiddleEntryIsMissing() throws SQLException {
        fiveEntries();
        tamper("DELETE FROM audit_entry WHERE id = 3");
        VerificationReport report = assertBreak(MISSING_ENTRIES, 3);
        assertEquals(2, report.entriesChecked());
    }

    @Test
    void deletedLastEntryIsMissingAgainstTheHead() throws SQLException {
        fiveEntries();
        tamper("DELETE FROM audit_entry WHERE id = 5");
        assertBreak(MISSING_ENTRIES, 5);
    }

    @Test
    void editedValueTextIsADigestMismatch() throws SQLException {
        fiveEntries();
        tamper("UPDATE audit_entry SET change_values = replace(change_values, 'value 3', 'forged') WHERE id = 3");
        assertTrue(history(A, true).stream().anyMatch(r -> r.changes().orElseThrow().toString().contains("forged")));
        assertBreak(DIGEST_MISMATCH, 3);
    }

    @Test
    void rewrittenHashIsAHashMismatch() throws SQLException {
        fiveEntries();
        tamper("UPDATE audit_entry SET hash = sha256('anything'::bytea) WHERE id = 3");
        assertBreak(HASH_MISMATCH, 3);
    }

    @Test
    void editWithARecomputedHashBreaksTheNextLink() throws SQLException {
        fiveEntries();
        tamper("UPDATE audit_entry SET actor = 'someone.else' WHERE id = 3");
        rehashFrom(3, 3);
        assertBreak(PREV_LINK_BROKEN, 4);
    }

    @Test
    void headOutOfStepIsAHeadMismatch() throws SQLException {
        fiveEntries();
        tamper("UPDATE audit_head SET last_hash = sha256('x'::bytea)");
        assertBreak(HEAD_MISMATCH, 5);
        emptyTrail();
        fiveEntries();
        tamper("UPDATE audit_head SET last_id = 4, last_hash = (SELECT hash FROM audit_entry WHERE id = 4)");
        assertBreak(HEAD_MISMATCH, 5);
    }

    @Test
    void aRewrittenChainPassesAloneButNotAgainstACheckpoint() throws SQLException {
        fiveEntries();
        VerificationReport before = verify();
        AuditTrail.Checkpoint checkpoint = AuditTrail.Checkpoint.parse(before.headId() + ":" + before.headHash());
        tamper("UPDATE audit_entry SET actor = 'someone.else' WHERE id = 2");
        rehashFrom(2, 5);
        assertTrue(verify().intact(), "a full rewrite is consistent on its own");
        try (Connection c = db.dataSource().getConnection()) {
            VerificationReport report = trail.verify(c, Optional.of(checkpoint));
            assertEquals(CHECKPOINT_MISMATCH, report.firstBreak().orElseThrow().problem(), report.summary());
            assertEquals(5, report.firstBreak().orElseThrow().entryId());
        }
        emptyTrail();
        fiveEntries();
        tamper("DELETE FROM audit_entry WHERE id > 3", "UPDATE audit_head SET last_id = 3, "
                + "last_hash = (SELECT hash FROM audit_entry WHERE id = 3)");
        try (Connection c = db.dataSource().getConnection()) {
            VerificationReport report = trail.verify(c, Optional.of(checkpoint));
            assertEquals(CHECKPOINT_MISMATCH, report.firstBreak().orElseThrow().problem(), "a cut chain: " + report.summary());
        }
    }

    @Test
    void valuesRemovedWithoutAnEraseEntryAreReported() throws SQLException {
        fiveEntries();
        commit(entry(B, AuditEntry.CREATE, "can.bo.htqt", values()));
        // Allowed by the guard (it is the erasure statement), but not recorded by an erase entry.
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate("UPDATE audit_entry SET change_values = NULL, values_salt = NULL WHERE id = 6"));
        }
        assertBreak(ERASED_WITHOUT_RECORD, 6);
    }

    @Test
    void tamperingSeenInsideTheCallersTransaction() throws SQLException {
        fiveEntries();
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL session_replication_role = replica");
                s.execute("DELETE FROM audit_entry WHERE id = 4");
            }
            VerificationReport report = trail.verify(c);
            assertEquals(MISSING_ENTRIES, report.firstBreak().orElseThrow().problem());
            assertEquals(4, report.firstBreak().orElseThrow().entryId());
            c.rollback();
        }
        assertTrue(verify().intact());
    }

    @Test
    void erasureRemovesValuesForGoodAndKeepsTheChain() throws SQLException {
        commit(entry(A, AuditEntry.CREATE, "can.bo.htqt", changes("fullName", Change.of(null, "Lê Thị C"),
                "email", Change.of(null, "c@example.org"))));
        commit(entry(B, AuditEntry.CREATE, "can.bo.htqt", changes("fullName", Change.of(null, "Phạm D"))));
        commit(entry(A, AuditEntry.UPDATE, "can.bo.htqt", changes("email", Change.of("c@example.org", "c@new.org"))));
        commit(entry(A, AuditEntry.CONSENT_WITHDRAWN, "quan.tri", new TreeMap<>()));
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            assertEquals(2, trail.eraseValues(c, EXPERT, A));
            assertEquals(5, trail.append(c, AuditEntry.withoutValues(EXPERT, A, AuditEntry.ERASE, Instant.now(),
                    "quan.tri", "admin", Optional.of("req-erase"))));
            c.commit();
        }

        List<AuditRecord> h = history(A, true);
        assertEquals(List.of(AuditEntry.ERASE, AuditEntry.CONSENT_WITHDRAWN, AuditEntry.UPDATE, AuditEntry.CREATE),
                h.stream().map(AuditRecord::action).toList());
        assertEquals(List.of(false, false, true, true), h.stream().map(AuditRecord::erased).toList());
        assertEquals(Optional.empty(), h.get(2).changes(), "erased values are not returned, even to admins");
        assertEquals(List.of("email", "fullName"), h.get(3).fields(), "who changed which fields when stays");
        assertEquals("can.bo.htqt", h.get(3).actor());
        assertEquals(Optional.of(changes("fullName", Change.of(null, "Phạm D"))), history(B, true).get(0).changes(),
                "other records keep their values");
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM audit_entry WHERE entity_id = '" + A + "'"
                     + " AND (change_values IS NOT NULL OR values_salt IS NOT NULL"
                     + " OR position('c@example.org' in coalesce(change_values, '')) > 0)")) {
            rs.next();
            assertEquals(0, rs.getLong(1), "no value and no salt left in the row");
        }
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            assertEquals(0, trail.eraseValues(c, EXPERT, A), "nothing left to erase");
            c.rollback();
        }

        VerificationReport report = verify();
        assertTrue(report.intact(), report.summary());
        assertEquals(5, report.entriesChecked());
        assertEquals(1, report.entriesWithValues());
        assertEquals(2, report.entriesErased());
    }

    @Test
    void theGuardRefusesEditsDeletesAndTruncation() throws SQLException {
        fiveEntries();
        for (String sql : List.of("UPDATE audit_entry SET actor = 'x' WHERE id = 2",
                "UPDATE audit_entry SET change_values = NULL, values_salt = NULL, actor = 'x' WHERE id = 2",
                "DELETE FROM audit_entry WHERE id = 2",
                "TRUNCATE audit_entry")) {
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                SQLException refused = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            }
        }
        assertTrue(verify().intact());
    }

    @Test
    void commandReportsIntactBrokenAndUnverifiable() throws SQLException {
        fiveEntries();
        HikariDataSource pool = (HikariDataSource) db.dataSource();
        Map<String, String> env = Map.of("PLATFORM_DATABASE_URL", pool.getJdbcUrl(),
                "PLATFORM_DATABASE_USER", pool.getUsername(), "PLATFORM_DATABASE_PASSWORD", pool.getPassword());

        Run intact = command(env);
        assertEquals(AuditVerifyCommand.INTACT, intact.exit, intact.err);
        assertTrue(intact.out.startsWith("audit trail intact: 5 entries"), intact.out);
        String head = intact.out.substring(intact.out.lastIndexOf("head ") + 5).trim();
        assertEquals(AuditVerifyCommand.INTACT, command(env, "--expect", head).exit);

        tamper("UPDATE audit_entry SET actor = 'someone.else' WHERE id = 4");
        Run broken = command(Map.of("PLATFORM_DATABASE_PASSWORD", pool.getPassword()),
                "--url", pool.getJdbcUrl(), "--user", pool.getUsername(), "--expect", head);
        assertEquals(AuditVerifyCommand.BROKEN, broken.exit, broken.err);
        assertTrue(broken.out.startsWith("audit trail BROKEN at entry 4: hash mismatch"), broken.out);

        assertEquals(AuditVerifyCommand.FAILED, command(Map.of()).exit, "no URL");
        assertEquals(AuditVerifyCommand.FAILED, command(env, "--expect", "5:nothex").exit);
        Run unreachable = command(Map.of(), "--url", "jdbc:postgresql://127.0.0.1:1/none");
        assertEquals(AuditVerifyCommand.FAILED, unreachable.exit);
        assertTrue(unreachable.err.startsWith("audit-verify: could not verify"), unreachable.err);
    }

    // --- helpers ---

    private record Run(int exit, String out, String err) {
    }

    private static Run command(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = AuditVerifyCommand.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private VerificationReport assertBreak(VerificationReport.Problem problem, long entryId) throws SQLException {
        VerificationReport report = verify();
        assertFalse(report.intact(), "tampering must be detected");
        assertEquals(problem, report.firstBreak().orElseThrow().problem(), report.summary());
        assertEquals(entryId, report.firstBreak().orElseThrow().entryId(), report.summary());
        return report;
    }

    private void fiveEntries() throws SQLException {
        for (int i = 1; i <= 5; i++) {
            commit(entry(A, i == 1 ? AuditEntry.CREATE : AuditEntry.UPDATE, "can.bo.htqt",
                    changes("city", Change.of("value " + (i - 1), "value " + i))));
        }
    }

    private long commit(AuditEntry entry) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            long id = trail.append(c, entry);
            c.commit();
            return id;
        }
    }

    private List<AuditRecord> history(String entityId, boolean withValues) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            return trail.history(c, EXPERT, entityId, withValues);
        }
    }

    private VerificationReport verify() throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            VerificationReport report = trail.verify(c);
            assertTrue(c.getAutoCommit(), "the connection is handed back as it came");
            return report;
        }
    }

    private Object[] head() throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT last_id, last_hash FROM audit_head")) {
            rs.next();
            return new Object[] {rs.getLong(1), ChainHash.hex(rs.getBytes(2))};
        }
    }

    /** Runs statements in one committed transaction with the append-only guard bypassed, as a superuser could. */
    private static void tamper(String... statements) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL session_replication_role = replica");
                for (String sql : statements) {
                    s.execute(sql);
                }
            }
            c.commit();
        }
    }

    /** Recomputes the hashes of entries {@code from..to} (and the head, when {@code to} is the last), as a forger would. */
    private static void rehashFrom(long from, long to) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL session_replication_role = replica");
            }
            byte[] prev;
            try (PreparedStatement s = c.prepareStatement("SELECT hash FROM audit_entry WHERE id = ?")) {
                s.setLong(1, from - 1);
                try (ResultSet rs = s.executeQuery()) {
                    prev = rs.next() ? rs.getBytes(1) : ChainHash.GENESIS;
                }
            }
            for (long id = from; id <= to; id++) {
                byte[] hash;
                try (PreparedStatement s = c.prepareStatement("SELECT * FROM audit_entry WHERE id = ?")) {
                    s.setLong(1, id);
                    try (ResultSet rs = s.executeQuery()) {
                        assertTrue(rs.next());
                        hash = ChainHash.entryHash(prev, id, rs.getString("entity_kind"), rs.getString("entity_id"),
                                rs.getString("action"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                                rs.getString("actor"), rs.getString("actor_roles"), rs.getString("request_id"),
                                List.of((String[]) rs.getArray("fields").getArray()), rs.getBytes("values_digest"));
                    }
                }
                try (PreparedStatement s = c.prepareStatement("UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE id = ?")) {
                    s.setBytes(1, prev);
                    s.setBytes(2, hash);
                    s.setLong(3, id);
                    s.executeUpdate();
                }
                prev = hash;
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE audit_head SET last_hash = ? WHERE last_id = ?")) {
                s.setBytes(1, prev);
                s.setLong(2, to);
                s.executeUpdate();
            }
            c.commit();
        }
    }

    private static AuditEntry entry(String entityId, String action, String actor, SortedMap<String, Change> changes) {
        return new AuditEntry(EXPERT, entityId, action, Instant.now(), actor, "officer", Optional.empty(), changes);
    }

    private static SortedMap<String, Change> values() {
        return changes("city", Change.of("Paris", "Lyon"));
    }

    private static SortedMap<String, Change> changes(Object... fieldsAndChanges) {
        SortedMap<String, Change> map = new TreeMap<>();
        for (int i = 0; i < fieldsAndChanges.length; i += 2) {
            map.put((String) fieldsAndChanges[i], (Change) fieldsAndChanges[i + 1]);
        }
        return map;
    }
}
