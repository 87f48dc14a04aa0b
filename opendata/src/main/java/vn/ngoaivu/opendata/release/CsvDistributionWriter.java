package vn.ngoaivu.opendata.release;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;

/**
 * CSV as RFC 4180 writes it: UTF-8 (no byte-order mark), CRLF line ends, a header row of the column names, a
 * field quoted only when it holds a comma, a quote, CR or LF, quotes doubled. An empty cell is written empty,
 * which CSV on the Web reads as null.
 */
public final class CsvDistributionWriter implements DistributionWriter {

    @Override
    public DistributionFormat format() {
        return DistributionFormat.CSV;
    }

    @Override
    public long writeContent(ReleaseSource source, OutputStream out) throws IOException {
        Writer writer = TextOutput.utf8(out);
        writeRecord(writer, source.columns().stream().map(Column::name).toList());
        long rows = TableRows.forEach(source, row -> writeRecord(writer, row));
        writer.flush();
        return rows;
    }

    private static void writeRecord(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writeField(writer, fields.get(i));
        }
        writer.write("\r\n");
    }

    private static void writeField(Writer writer, String field) throws IOException {
        if (field == null || field.isEmpty()) {
            return;
        }
        if (!needsQuotes(field)) {
            writer.write(field);
            return;
        }
        writer.write('"');
        writer.write(field.replace("\"", "\"\""));
        writer.write('"');
    }

    private static boolean needsQuotes(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
