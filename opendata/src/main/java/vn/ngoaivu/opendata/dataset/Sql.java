package vn.ngoaivu.opendata.dataset;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Runs a read-only query and hands its rows over one at a time. PostgreSQL's driver streams a result with a cursor
 * only inside a transaction and with a fetch size; otherwise it reads the whole result into memory.
 */
public final class Sql {

    /** Rows fetched from the server at a time: memory stays constant whatever the size of the dataset. */
    public static final int FETCH_SIZE = 500;

    /** Reads one row; may throw SQLException like the JDBC getters it calls. */
    @FunctionalInterface
    public interface RowHandler {
        void row(ResultSet row) throws SQLException;
    }

    private Sql() {
    }

    public static void stream(DataSource dataSource, String sql, List<?> parameters, RowHandler handler) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(FETCH_SIZE);
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        handler.row(rows);
                    }
                }
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("open-data query failed: " + e.getMessage(), e);
        }
    }
}
