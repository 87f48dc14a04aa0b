package vn.ngoaivu.opendata.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Streams a source's rows to a per-row writer, checking each row's width and counting them. */
final class TableRows {

    /** Writes one row; may throw IOException. */
    interface RowWriter {
        void write(List<String> row) throws IOException;
    }

    private TableRows() {
    }

    static long forEach(ReleaseSource source, RowWriter writer) {
        int width = source.columns().size();
        long[] rows = {0};
        source.rows(row -> {
            if (row.size() != width) {
                throw new IllegalArgumentException("Row " + (rows[0] + 1) + " has " + row.size() + " values for "
                        + width + " columns");
            }
            try {
                writer.write(row);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            rows[0]++;
        });
        return rows[0];
    }
}
