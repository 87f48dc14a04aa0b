package vn.ngoaivu.opendata.publish;

import vn.ngoaivu.opendata.release.DistributionFormat;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Download counts per release file ({@code opendata_download}, Flyway V9): what publishers report on. */
public final class DownloadCounts {

    private final DataSource dataSource;

    public DownloadCounts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void increment(String datasetId, int release, DistributionFormat format) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement upsert = c.prepareStatement("INSERT INTO opendata_download (dataset_id, release, format,"
                     + " downloads) VALUES (?, ?, ?, 1) ON CONFLICT (dataset_id, release, format)"
                     + " DO UPDATE SET downloads = opendata_download.downloads + 1")) {
            upsert.setString(1, datasetId);
            upsert.setInt(2, release);
            upsert.setString(3, format.token());
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count a download", e);
        }
    }

    /** Downloads of a release, by format. */
    public Map<DistributionFormat, Long> of(String datasetId, int release) {
        Map<DistributionFormat, Long> counts = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(
                     "SELECT format, downloads FROM opendata_download WHERE dataset_id = ? AND release = ?")) {
            select.setString(1, datasetId);
            select.setInt(2, release);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long downloads = rs.getLong(2);
                    DistributionFormat.fromToken(rs.getString(1)).ifPresent(f -> counts.put(f, downloads));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read download counts", e);
        }
        return counts;
    }
}
