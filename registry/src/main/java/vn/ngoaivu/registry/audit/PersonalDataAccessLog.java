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

/**
 * The append-only log of reads of personal data, which administrators query. Writing is part of serving
 * the data: if the entry cannot be written, the read fails rather than go unrecorded.
 */
public final class PersonalDataAccessLog {

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

    private final DataSource dataSource;

    public PersonalDataAccessLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void record(PersonalDataAccess access) {
        String sql = "INSERT INTO personal_data_access (accessed_at, subject_kind, subject_id, action, caller_subject,"
                + " caller_username, client_id, roles, purpose, end_user, request_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)";
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (java.sql.Statement relaxed = c.createStatement()) {
                // One entry per read: waiting for a WAL flush on each would cap reads at the disk's flush rate.
                // The database stays consistent; a crash may lose the entries of its last fraction of a second.
                relaxed.execute("SET LOCAL synchronous_commit TO OFF");
            }
            try (PreparedStatement s = c.prepareStatement(sql)) {
                write(s, access);
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record a personal-data access", e);
        }
    }

    private static void write(PreparedStatement s, PersonalDataAccess access) throws SQLException {
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
        s.executeUpdate();
    }

    public List<PersonalDataAccess> find(Query query) {
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
