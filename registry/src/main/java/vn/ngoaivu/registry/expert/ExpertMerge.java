package vn.ngoaivu.registry.expert;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** How two profiles combine, and the record of each merge that makes it reversible. */
final class ExpertMerge {

    record Recorded(long id, UUID targetId, UUID sourceId, String targetBefore, Instant undoneAt) {
    }

    private ExpertMerge() {
    }

    /** The kept profile wins where it has a value; the duplicate fills the gaps; lists are joined without repeats. */
    static ExpertProfile combine(ExpertProfile kept, ExpertProfile other) {
        Map<String, Visibility> visibility = new java.util.HashMap<>(other.visibility());
        visibility.putAll(kept.visibility());
        return new ExpertProfile(kept.externalKey(), kept.fullName(), kept.latinName().or(other::latinName),
                kept.gender().or(other::gender), kept.birthYear().or(other::birthYear), kept.hometown().or(other::hometown),
                kept.countryCode(), kept.city().or(other::city), kept.organisation().or(other::organisation),
                kept.position().or(other::position), kept.academicTitle().or(other::academicTitle),
                kept.highestDegree().or(other::highestDegree), union(kept.fields(), other.fields()),
                union(kept.keywords(), other.keywords()), union(kept.languages(), other.languages()),
                kept.orcid().or(other::orcid), kept.email().or(other::email), kept.phone().or(other::phone),
                kept.website().or(other::website), union(kept.collaborationInterests(), other.collaborationInterests()),
                union(kept.affiliations(), other.affiliations()), union(kept.education(), other.education()),
                union(kept.engagements(), other.engagements()),
                kept.notes().or(other::notes), visibility);
    }

    private static <T> List<T> union(List<T> first, List<T> second) {
        LinkedHashSet<T> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return new ArrayList<>(all);
    }

    static long record(Connection c, UUID target, UUID source, String targetBefore, Instant at, String by) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO expert_merge (target_id, source_id, target_before,"
                + " merged_at, merged_by) VALUES (?, ?, ?::jsonb, ?, ?) RETURNING id")) {
            s.setObject(1, target);
            s.setObject(2, source);
            s.setString(3, targetBefore);
            s.setTimestamp(4, Timestamp.from(at));
            s.setString(5, by);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static Optional<Recorded> find(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM expert_merge WHERE id = ? FOR UPDATE")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Timestamp undone = rs.getTimestamp("undone_at");
                return Optional.of(new Recorded(id, rs.getObject("target_id", UUID.class), rs.getObject("source_id", UUID.class),
                        rs.getString("target_before"), undone == null ? null : undone.toInstant()));
            }
        }
    }

    static void markUndone(Connection c, long id, Instant at, String by) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE expert_merge SET undone_at = ?, undone_by = ? WHERE id = ?")) {
            s.setTimestamp(1, Timestamp.from(at));
            s.setString(2, by);
            s.setLong(3, id);
            s.executeUpdate();
        }
    }
}
