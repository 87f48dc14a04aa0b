package vn.ngoaivu.registry.expert;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The append-only consent ledger of experts, in the caller's connection and transaction. */
final class ConsentLedger {

    private ConsentLedger() {
    }

    static void append(Connection c, UUID expertId, Consent consent) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO expert_consent (expert_id, purpose, given, recorded_at,"
                + " method, text_version, recorded_by) VALUES (?,?,?,?,?,?,?)")) {
            s.setObject(1, expertId);
            s.setString(2, consent.purpose().code());
            s.setBoolean(3, consent.given());
            s.setTimestamp(4, Timestamp.from(consent.recordedAt()));
            s.setString(5, consent.method());
            s.setString(6, consent.textVersion());
            s.setString(7, consent.recordedBy());
            s.executeUpdate();
        }
    }

    static void erase(Connection c, UUID expertId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM expert_consent WHERE expert_id = ?")) {
            s.setObject(1, expertId);
            s.executeUpdate();
        }
    }

    static Map<ConsentPurpose, Consent> current(Connection c, UUID expertId) throws SQLException {
        Map<ConsentPurpose, Consent> current = new EnumMap<>(ConsentPurpose.class);
        for (Consent consent : read(c, "SELECT DISTINCT ON (purpose) * FROM expert_consent WHERE expert_id = ?"
                + " ORDER BY purpose, id DESC", expertId)) {
            current.put(consent.purpose(), consent);
        }
        return current;
    }

    static List<Consent> history(Connection c, UUID expertId) throws SQLException {
        return read(c, "SELECT * FROM expert_consent WHERE expert_id = ? ORDER BY id DESC", expertId);
    }

    private static List<Consent> read(Connection c, String sql, UUID expertId) throws SQLException {
        List<Consent> consents = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, expertId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ConsentPurpose.fromCode(rs.getString("purpose")).ifPresent(purpose -> {
                        try {
                            consents.add(new Consent(purpose, rs.getBoolean("given"), rs.getTimestamp("recorded_at").toInstant(),
                                    rs.getString("method"), rs.getString("text_version"), rs.getString("recorded_by")));
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                }
            }
        }
        return consents;
    }
}
