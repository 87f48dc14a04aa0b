package vn.ngoaivu.registry.expert;

import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The SQL that pairs likely duplicates: exact matches on strong keys first, then similar names. */
final class ExpertDuplicates {

    /** Trigram similarity above which two folded names in the same country are worth a look. */
    static final double SIMILAR_NAME = 0.6;

    private static final String LIVE = "deleted_at IS NULL AND erased_at IS NULL";

    private static final String PAIRS = """
            WITH live AS (SELECT * FROM expert WHERE %1$s),
            pairs AS (
                SELECT a.id AS first, b.id AS second, 'same-orcid' AS reason
                  FROM live a JOIN live b ON a.orcid = b.orcid AND a.id < b.id
                UNION ALL
                SELECT a.id, b.id, 'same-email'
                  FROM live a JOIN live b ON lower(a.email) = lower(b.email) AND a.id < b.id
                UNION ALL
                SELECT a.id, b.id, 'same-name-birth-year-country'
                  FROM live a JOIN live b ON a.name_folded = b.name_folded AND a.birth_year = b.birth_year
                                         AND a.country_code = b.country_code AND a.id < b.id
                UNION ALL
                SELECT a.id, b.id, 'similar-name'
                  FROM live a JOIN live b ON a.name_folded %% b.name_folded AND a.country_code = b.country_code
                                         AND a.id < b.id AND similarity(a.name_folded, b.name_folded) >= ?
            )
            SELECT p.first, a.full_name AS first_name, p.second, b.full_name AS second_name,
                   array_agg(DISTINCT p.reason ORDER BY p.reason) AS reasons,
                   similarity(a.name_folded, b.name_folded) AS similarity
              FROM pairs p JOIN expert a ON a.id = p.first JOIN expert b ON b.id = p.second
             GROUP BY p.first, a.full_name, p.second, b.full_name, a.name_folded, b.name_folded
             ORDER BY count(*) DESC, similarity DESC, p.first, p.second
             LIMIT ?
            """.formatted(LIVE);

    private ExpertDuplicates() {
    }

    static List<DuplicateCandidate> candidates(Session session, int limit) {
        return session.doReturningWork(connection -> query(connection, limit));
    }

    private static List<DuplicateCandidate> query(Connection c, int limit) throws SQLException {
        try (PreparedStatement threshold = c.prepareStatement("SELECT set_limit(?::real)")) {
            threshold.setDouble(1, SIMILAR_NAME);
            threshold.execute();
        }
        List<DuplicateCandidate> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(PAIRS)) {
            s.setDouble(1, SIMILAR_NAME);
            s.setInt(2, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(new DuplicateCandidate(rs.getObject("first", UUID.class), rs.getString("first_name"),
                            rs.getObject("second", UUID.class), rs.getString("second_name"),
                            Arrays.asList((String[]) rs.getArray("reasons").getArray()), rs.getDouble("similarity")));
                }
            }
        }
        return found;
    }
}
