package vn.ngoaivu.opendata.dataset;

import org.apache.jena.riot.system.StreamRDF;
import vn.ngoaivu.opendata.release.Column;
import vn.ngoaivu.opendata.release.ReleaseSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A small dataset the registry does not hold yet, kept as a tab-separated resource of this module
 * ({@code opendata/*.tsv}: a header line naming the columns, then one line per row; lines starting with '#' are
 * comments). Read line by line on each pass.
 */
final class TableSource implements ReleaseSource {

    /** Writes one row's triples. */
    @FunctionalInterface
    interface RowTriples {
        void write(Emit emit, SourceContext context, Map<String, String> row);
    }

    /** Fills a row's empty cells from the instance's settings (a unit's contact from the department's). */
    @FunctionalInterface
    interface Completion {
        void complete(SourceContext context, Map<String, String> row);
    }

    private final SourceContext context;
    private final String resource;
    private final String slug;
    private final List<Column> columns;
    private final Completion completion;
    private final RowTriples triples;

    /** @param slug the kind of the rows' IRIs, {@code {base}id/{slug}/{id}}; the "id" column holds the IRI */
    TableSource(SourceContext context, String resource, String slug, List<Column> columns, Completion completion,
                RowTriples triples) {
        this.context = context;
        this.resource = resource;
        this.slug = slug;
        this.columns = List.copyOf(columns);
        this.completion = completion;
        this.triples = triples;
    }

    @Override
    public void triples(StreamRDF sink) {
        Emit emit = new Emit(sink);
        each(row -> triples.write(emit, context, row));
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public void rows(Consumer<List<String>> sink) {
        each(row -> sink.accept(columns.stream().map(c -> row.get(c.name().equals("id") ? "iri" : c.name())).toList()));
    }

    private void each(Consumer<Map<String, String>> handler) {
        try (InputStream in = TableSource.class.getResourceAsStream("/opendata/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource opendata/" + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = Arrays.asList(line.split("\t", -1));
                if (header == null) {
                    header = cells;
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    String cell = i < cells.size() ? cells.get(i).strip() : "";
                    row.put(header.get(i), cell.isEmpty() ? null : cell);
                }
                completion.complete(context, row);
                row.put("iri", context.iris().resource(slug, row.get("id")).getURI());
                handler.accept(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
