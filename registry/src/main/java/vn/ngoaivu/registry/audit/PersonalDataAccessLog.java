package vn.ngoaivu.registry.audit;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The append-only log of reads of personal data, which administrators query. Reads hand their entries
 * to a batch writer; when entries cannot be written for long, reads fail rather than go unrecorded.
 */
public final class PersonalDataAccessLog implements AutoCloseable {

    /** Filters of a query; every one optional. Results come newest first, {@code limit} at a time, before {@code beforeId}. */
    public record Query(Optional<String> subjectKind, Optional<String> subjectId, Optional<String> clientId,
                        Optional<Instant> from, Optional<Instant> to, Optional<Long> beforeId, int limit) {
        public Query {
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
            }
        }
    }

    public static final int MAX_LIMIT = 200;
    private static final Logger LOG = Logger.getLogger(PersonalDataAccessLog.class.getName());
    private static final int MAX_PENDING = 100_000;
    private static final int BATCH = 1_000;
    private static final long FLUSH_MILLIS = 200;
    private static final String INSERT = "INSERT INTO personal_data_access (accessed_at, subject_kind, subject_id, action,"
            + " caller_subject, caller_username, client_id, roles, purpose, end_user, request_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)";

    private final DataSource dataSource;
    private final BlockingQueue<PersonalDataAccess> pending = new LinkedBlockingQueue<>(MAX_PENDING);
    private final Object writing = new Object();
    private final Thread writer;
    private volatile boolean open = true;

    /**
     * Entries are written in batches by a background thread, at most {@value #FLUSH_MILLIS} ms after the
     * read, so that a read does not wait for a commit of its own (that capped reads at the disk's flush
     * rate). A crash loses at most the entries of that window; a backlog past {@value #MAX_PENDING}
     * entries (the database is down) fails the reads instead of letting them go unlogged.
     */
    public PersonalDataAccessLog(DataSource dataSource) {
        this.dataSource = dataSource;
        this.writer = Thread.ofPlatform().daemon().name("personal-data-access-log").start(this::writeContinuously);
    }

    public void record(PersonalDataAccess access) {
        if (!open || !pending.offer(access)) {
            throw new IllegalStateException("the personal-data access log cannot take more entries (database unreachable?)");
        }
    }

    /** Writes everything recorded so far; queries call it so that they see every earlier read. */
    public void flush() {
        synchronized (writing) {
            List<PersonalDataAccess> batch = new ArrayList<>();
            while (pending.drainTo(batch, BATCH) > 0) {
                write(batch);
                batch.clear();
            }
        }
    }

    private void writeContinuously() {
        while (open) {
            try {
                PersonalDataAccess first = pending.poll(FLUSH_MILLIS, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                synchronized (writing) {
                    List<PersonalDataAccess> batch = new ArrayList<>(List.of(first));
                    pending.drainTo(batch, BATCH - 1);
                    write(batch);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warning("personal-data access entries not written yet, will retry: " + e.getMessage());
                sleepQuietly();
            }
        }
    }

    /** One transaction per batch; on failure the entries go back to the front of the line. */
    private void write(List<PersonalDataAccess> batch) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(INSERT)) {
                for (PersonalDataAccess access : batch) {
                    bind(s, access);
                    s.addBatch();
                }
                s.executeBatch();
            }
            c.commit();
        } catch (SQLException e) {
            List<PersonalDataAccess> retry = new ArrayList<>(batch);
            pending.drainTo(retry);
            pending.addAll(retry.subList(0, Math.min(retry.size(), MAX_PENDING)));
            throw new IllegalStateException("could not record personal-data accesses", e);
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(FLUSH_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the writer after writing what is pending; call before the database closes. */
    @Override
    public void close() {
        open = false;
        writer.interrupt();
        try {
            writer.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }

    private static void bind(PreparedStatement s, PersonalDataAccess access) throws SQLException {
        s.setTimestamp(1, Timestamp.from(access.accessedAt()));
        s.setString(2, access.subjectKind());
        s.setString(3, access.subjectId());
        s.setString(4, access.action());
        setOptional(s, 5, access.callerSubject());
        setOptional(s, 6, access.callerUsername());
        setOptional(s, 7, access.clientId());
        s.setString(8, access.roles());
        setOptional(s, 9, access.purpose());
        setOptional(s, 10, access.endUser());
        setOptional(s, 11, access.requestId());
    }

    public List<PersonalDataAccess> find(Query query) {
        flush();
        StringBuilder sql = new StringBuilder("SELECT * FROM personal_data_access WHERE true");
        List<Object> args = new ArrayList<>();
        query.subjectKind().ifPresent(v -> { sql.append(" AND subject_kind = ?"); args.add(v); });
        query.subjectId().ifPresent(v -> { sql.append(" AND subject_id = ?"); args.add(v); });
        query.clientId().ifPresent(v -> { sql.append(" AND client_id = ?"); args.add(v); });
        query.from().ifPresent(v -> { sql.append(" AND accessed_at >= ?"); args.add(Timestamp.from(v)); });
        query.to().ifPresent(v -> { sql.append(" AND accessed_at < ?"); args.add(Timestamp.from(v)); });
        query.beforeId().ifPresent(v -> { sql.append(" AND id < ?"); args.add(v); });
        sql.append(" ORDER BY id DESC LIMIT ").append(query.limit());
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                s.setObject(i + 1, args.get(i));
            }
            List<PersonalDataAccess> found = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(new PersonalDataAccess(rs.getLong("id"), rs.getTimestamp("accessed_at").toInstant(),
                            rs.getString("subject_kind"), rs.getString("subject_id"), rs.getString("action"),
                            optional(rs, "caller_subject"), optional(rs, "caller_username"), optional(rs, "client_id"),
                            rs.getString("roles"), optional(rs, "purpose"), optional(rs, "end_user"),
                            optional(rs, "request_id")));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("could not query the personal-data access log", e);
        }
    }

    private static void setOptional(PreparedStatement s, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            s.setString(index, value.get());
        } else {
            s.setNull(index, Types.VARCHAR);
        }
    }

    private static Optional<String> optional(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }
}
