package vn.ngoaivu.registry.link;

import org.hibernate.SessionFactory;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The links waiting for a national system, as a queue in their own table: a row is due when its
 * {@code next_attempt_at} has passed. A job {@link #claim claims} due rows by pushing that time past a lease, so that
 * several replicas never work on the same row (SKIP LOCKED) and a replica that dies mid-way leaves the row to be
 * claimed again when the lease ends. Nothing is ever dropped: a failure only moves the next attempt later.
 */
public final class LinkQueue {

    /** The states in which a row is worked on when due: pending ones are linked, linked ones refreshed. */
    private static final String DUE_STATES = "('pending', 'linked', 'not-found')";

    private final SessionFactory sessions;
    private final String table;
    private final String key;
    private final Backoff backoff;

    /**
     * @param table a table with the columns {@code link_state, link_attempts, next_attempt_at, last_error}
     * @param key   its key column
     */
    public LinkQueue(SessionFactory sessions, String table, String key, Backoff backoff) {
        if (!table.matches("[a-z_]+") || !key.matches("[a-z_]+")) {
            throw new IllegalArgumentException("table and key are identifiers");
        }
        this.sessions = sessions;
        this.table = table;
        this.key = key;
        this.backoff = backoff;
    }

    /** Up to {@code limit} due keys, oldest due first, leased until {@code now + lease}. */
    public List<String> claim(int limit, Instant now, Duration lease) {
        String sql = "UPDATE " + table + " SET next_attempt_at = ? WHERE " + key + " IN (SELECT " + key + " FROM " + table
                + " WHERE link_state IN " + DUE_STATES + " AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?"
                + " FOR UPDATE SKIP LOCKED) RETURNING " + key;
        return sessions.fromTransaction(session -> session.doReturningWork(c -> {
            try (PreparedStatement update = c.prepareStatement(sql)) {
                update.setTimestamp(1, Timestamp.from(now.plus(lease)));
                update.setTimestamp(2, Timestamp.from(now));
                update.setInt(3, limit);
                List<String> keys = new ArrayList<>();
                try (ResultSet rs = update.executeQuery()) {
                    while (rs.next()) {
                        keys.add(rs.getString(1));
                    }
                }
                return keys;
            }
        }));
    }

    /** The system could not answer for this row: try again later, each time a little later. */
    public void retryLater(String id, String error, Instant now) {
        update("UPDATE " + table + " SET link_attempts = link_attempts + 1, last_error = ?,"
                + " next_attempt_at = ? WHERE " + key + "::text = ?", id, error, now);
    }

    /** The system does not know this row's document or dossier: officers see it; looked for again much later. */
    public void notFound(String id, String error, Instant now) {
        update("UPDATE " + table + " SET link_state = 'not-found', link_attempts = link_attempts + 1, last_error = ?,"
                + " next_attempt_at = ? WHERE " + key + "::text = ?", id, error, now);
    }

    /** How many rows wait in the pending state. */
    public long pending() {
        return sessions.fromSession(session -> session.doReturningWork(c -> {
            try (PreparedStatement count = c.prepareStatement("SELECT count(*) FROM " + table + " WHERE link_state = 'pending'");
                 ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }));
    }

    private void update(String sql, String id, String error, Instant now) {
        sessions.inTransaction(session -> session.doWork(c -> {
            int attempts;
            try (PreparedStatement read = c.prepareStatement("SELECT link_attempts FROM " + table + " WHERE " + key + "::text = ?")) {
                read.setString(1, id);
                try (ResultSet rs = read.executeQuery()) {
                    attempts = rs.next() ? rs.getInt(1) : 0;
                }
            }
            try (PreparedStatement update = c.prepareStatement(sql)) {
                update.setString(1, truncate(error));
                update.setTimestamp(2, Timestamp.from(now.plus(backoff.delayAfter(attempts + 1))));
                update.setString(3, id);
                update.execute();
            }
        }));
    }

    private static String truncate(String error) {
        return error.length() <= 500 ? error : error.substring(0, 500);
    }
}
