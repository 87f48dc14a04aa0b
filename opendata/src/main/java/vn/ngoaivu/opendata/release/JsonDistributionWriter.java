package vn.ngoaivu.opendata.release;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The table as JSON: an array with one object per row, members named after the columns, in column order, one
 * object per line. Integer, decimal and boolean cells become JSON numbers and booleans when their text is one
 * (a malformed cell stays a string rather than being lost); every other cell is a string; an empty cell is null.
 */
public final class JsonDistributionWriter implements DistributionWriter {

    private static final Pattern JSON_INTEGER = Pattern.compile("-?(?:0|[1-9][0-9]*)");
    private static final Pattern JSON_DECIMAL = Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?");

    @Override
    public DistributionFormat format() {
        return DistributionFormat.JSON;
    }

    @Override
    public long writeContent(ReleaseSource source, OutputStream out) throws IOException {
        List<Column> columns = source.columns();
        Writer writer = TextOutput.utf8(out);
        writer.write('[');
        long rows = TableRows.forEach(source, new TableRows.RowWriter() {
            private boolean first = true;

            @Override
            public void write(List<String> row) throws IOException {
                writer.write(first ? "\n  {" : ",\n  {");
                first = false;
                for (int i = 0; i < row.size(); i++) {
                    if (i > 0) {
                        writer.write(", ");
                    }
                    JsonText.key(writer, columns.get(i).name());
                    writeValue(writer, columns.get(i).datatype(), row.get(i));
                }
                writer.write('}');
            }
        });
        writer.write(rows == 0 ? "]\n" : "\n]\n");
        writer.flush();
        return rows;
    }

    private static void writeValue(Writer writer, String datatype, String value) throws IOException {
        if (value == null || value.isEmpty()) {
            writer.write("null");
        } else if (isNative(datatype, value)) {
            writer.write(value);
        } else {
            JsonText.string(writer, value);
        }
    }

    private static boolean isNative(String datatype, String value) {
        return switch (datatype) {
            case "integer" -> JSON_INTEGER.matcher(value).matches();
            case "decimal" -> JSON_DECIMAL.matcher(value).matches();
            case "boolean" -> value.equals("true") || value.equals("false");
            default -> false;
        };
    }
}
