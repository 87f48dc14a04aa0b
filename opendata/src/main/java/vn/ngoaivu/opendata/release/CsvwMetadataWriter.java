package vn.ngoaivu.opendata.release;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * The CSV on the Web metadata of the CSV distribution ({@code csv-metadata.json}, W3C "Metadata Vocabulary for
 * Tabular Data"): the table's URL relative to this file, the dataset's title, and per column its name, titles,
 * datatype and property. The CSV's dialect is CSVW's default (comma, header row, UTF-8), so none is declared.
 *
 * <p>A column named {@value #ID_COLUMN} of datatype anyURI holds each row's IRI: it becomes the table's
 * {@code aboutUrl} and primary key, and is not itself output as a property. Other anyURI columns get a
 * {@code valueUrl}, so that CSVW-to-RDF gives links, as the RDF distributions do, not literals.
 */
public final class CsvwMetadataWriter implements DistributionWriter {

    static final String ID_COLUMN = "id";
    private static final String CSVW_CONTEXT = "http://www.w3.org/ns/csvw";

    private final DatasetInfo dataset;

    public CsvwMetadataWriter(DatasetInfo dataset) {
        this.dataset = Objects.requireNonNull(dataset);
    }

    @Override
    public DistributionFormat format() {
        return DistributionFormat.CSVW_METADATA;
    }

    @Override
    public long writeContent(ReleaseSource source, OutputStream out) throws IOException {
        List<Column> columns = source.columns();
        boolean hasId = columns.stream().anyMatch(CsvwMetadataWriter::isIdColumn);
        Writer writer = TextOutput.utf8(out);
        writer.write("{\n  \"@context\": ");
        JsonText.string(writer, CSVW_CONTEXT);
        writer.write(",\n  \"url\": ");
        JsonText.string(writer, DistributionFormat.CSV.fileName());
        writer.write(",\n  \"dc:title\": [");
        writeLanguageValue(writer, dataset.titleVi(), "vi");
        writer.write(", ");
        writeLanguageValue(writer, dataset.titleEn(), "en");
        writer.write("],\n  \"tableSchema\": {\n    \"columns\": [");
        for (int i = 0; i < columns.size(); i++) {
            writer.write(i == 0 ? "\n      " : ",\n      ");
            writeColumn(writer, columns.get(i));
        }
        writer.write("\n    ]");
        if (hasId) {
            writer.write(",\n    \"aboutUrl\": \"{+" + ID_COLUMN + "}\",\n    \"primaryKey\": \"" + ID_COLUMN + '"');
        }
        writer.write("\n  }\n}\n");
        writer.flush();
        return 0;
    }

    private static void writeColumn(Writer writer, Column column) throws IOException {
        writer.write('{');
        JsonText.key(writer, "name");
        JsonText.string(writer, column.name());
        // CSVW matches the CSV's header cells against the titles; the header holds the names, and "und" matches
        // any language, so the name is listed as a title too.
        writer.write(", \"titles\": {\"vi\": ");
        JsonText.string(writer, column.titleVi());
        writer.write(", \"en\": ");
        JsonText.string(writer, column.titleEn());
        writer.write(", \"und\": ");
        JsonText.string(writer, column.name());
        writer.write("}, \"datatype\": ");
        JsonText.string(writer, column.datatype());
        writer.write(", \"propertyUrl\": ");
        JsonText.string(writer, column.propertyUrl());
        if (isIdColumn(column)) {
            writer.write(", \"suppressOutput\": true");
        } else if (column.datatype().equals("anyURI")) {
            writer.write(", \"valueUrl\": \"{+" + column.name() + "}\"");
        }
        writer.write('}');
    }

    private static void writeLanguageValue(Writer writer, String value, String language) throws IOException {
        writer.write("{\"@value\": ");
        JsonText.string(writer, value);
        writer.write(", \"@language\": \"" + language + "\"}");
    }

    static boolean isIdColumn(Column column) {
        return column.name().equals(ID_COLUMN) && column.datatype().equals("anyURI");
    }
}
