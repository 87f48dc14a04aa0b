package vn.ngoaivu.registry.dossier;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import vn.ngoaivu.registry.national.Dossier;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The records' dossiers on the online public-service portal, as last seen there ({@code dossier_link}): created
 * pending when a record names a dossier, completed and kept current by {@link DossierLinkJob} (lookup, polling) and
 * by the portal's callbacks.
 */
public final class DossierLinks {

    private static final String COLUMNS = "code, procedure_code, procedure_name, state, received_at, due_at, completed_at,"
            + " portal_updated_at, link_state, link_attempts, last_error, synced_at";

    private final SessionFactory sessions;

    public DossierLinks(SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** Makes sure the dossier is known, in the caller's transaction; a new one waits for the link job. */
    public static void ensure(Session session, String code, Instant now) {
        session.createNativeMutationQuery("INSERT INTO dossier_link (code, next_attempt_at) VALUES (:code, :now)"
                        + " ON CONFLICT (code) DO NOTHING")
                .setParameter("code", code).setParameter("now", now).executeUpdate();
    }

    /** The dossiers with these codes, by code. */
    public Map<String, DossierLink> byCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return sessions.fromSession(session -> session.doReturningWork(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM dossier_link WHERE code = ANY (?)")) {
                select.setArray(1, c.createArrayOf("text", codes.toArray()));
                Map<String, DossierLink> found = new HashMap<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        DossierLink link = read(rs);
                        found.put(link.code(), link);
                    }
                }
                return found;
            }
        }));
    }

    /**
     * Records what the portal says of a dossier (lookup, poll or callback). Only dossiers some record names are
     * kept; an older state never overwrites a newer one. Returns whether a known dossier was updated.
     */
    public boolean apply(Dossier dossier, Instant now) {
        return apply(sessions, dossier, now);
    }

    static boolean apply(SessionFactory sessions, Dossier dossier, Instant now) {
        return sessions.fromTransaction(session -> session.doReturningWork(c -> apply(c, dossier, now)));
    }

    static boolean apply(Connection c, Dossier d, Instant now) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE dossier_link SET procedure_code = ?, procedure_name = ?,"
                + " state = ?, received_at = ?, due_at = ?, completed_at = ?, portal_updated_at = ?, link_state = 'linked',"
                + " link_attempts = 0, last_error = NULL, synced_at = ?, next_attempt_at = ?"
                + " WHERE code = ? AND (portal_updated_at IS NULL OR portal_updated_at <= ?)")) {
            update.setString(1, d.procedureCode());
            update.setString(2, d.procedureName());
            update.setString(3, d.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            update.setTimestamp(4, timestamp(d.receivedAt()));
            update.setTimestamp(5, timestamp(d.dueAt()));
            update.setTimestamp(6, timestamp(d.completedAt()));
            update.setTimestamp(7, timestamp(d.updatedAt()));
            update.setTimestamp(8, timestamp(now));
            // Linked dossiers are looked at again only by polling and callbacks: far in the future.
            update.setTimestamp(9, timestamp(now.plus(java.time.Duration.ofDays(3650))));
            update.setString(10, d.code());
            update.setTimestamp(11, timestamp(d.updatedAt()));
            return update.executeUpdate() == 1;
        }
    }

    static DossierLink read(ResultSet rs) throws SQLException {
        return new DossierLink(rs.getString(1), Optional.ofNullable(rs.getString(2)), Optional.ofNullable(rs.getString(3)),
                Optional.ofNullable(rs.getString(4)), instant(rs, 5), instant(rs, 6), instant(rs, 7), instant(rs, 8),
                rs.getString(9), rs.getInt(10), Optional.ofNullable(rs.getString(11)), instant(rs, 12));
    }

    private static Optional<Instant> instant(ResultSet rs, int column) throws SQLException {
        return Optional.ofNullable(rs.getTimestamp(column)).map(Timestamp::toInstant);
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
