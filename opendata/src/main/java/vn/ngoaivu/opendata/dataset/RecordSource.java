package vn.ngoaivu.opendata.dataset;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import vn.ngoaivu.ontology.NgvClass;
import vn.ngoaivu.ontology.NgvProperty;
import vn.ngoaivu.ontology.Scheme;
import vn.ngoaivu.opendata.release.Column;
import vn.ngoaivu.opendata.release.ReleaseSource;
import vn.ngoaivu.registry.record.RecordKind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * The records of one kind in the given statuses (e.g. permits granted), not deleted, each published as
 * {@code {base}id/{slug}/{uuid}} with its kind, status and the listed columns. One query per pass, streamed.
 */
final class RecordSource implements ReleaseSource {

    private final SourceContext context;
    private final RecordKind kind;
    private final NgvClass type;
    private final String slug;
    private final List<String> statuses;
    private final List<RecordColumn> columns;

    RecordSource(SourceContext context, RecordKind kind, NgvClass type, String slug, List<String> statuses,
                 List<RecordColumn> columns) {
        this.context = context;
        this.kind = kind;
        this.type = type;
        this.slug = slug;
        this.statuses = List.copyOf(statuses);
        this.columns = List.copyOf(columns);
    }

    /** The first column: the published resource's IRI. */
    static Column idColumn() {
        return new Column("id", "Định danh", "Identifier", "anyURI", "http://purl.org/dc/terms/identifier");
    }

    @Override
    public void triples(StreamRDF sink) {
        Emit emit = new Emit(sink);
        Iris iris = context.iris();
        Node kindConcept = iris.concept(Scheme.RECORD_KIND, kind.code()).orElseThrow();
        each(row -> {
            Node subject = iris.resource(slug, row.id());
            emit.type(subject, iris.type(type));
            emit.iri(subject, iris.property(NgvProperty.RECORD_KIND), kindConcept);
            emit.iri(subject, iris.property(NgvProperty.STATUS), iris.concept(Scheme.RECORD_STATUS, row.status()).orElse(null));
            for (RecordColumn column : columns) {
                column.kind().write(emit, iris, subject, NodeFactory.createURI(column.column().propertyUrl()),
                        row.value(column.source()));
            }
        });
    }

    @Override
    public List<Column> columns() {
        List<Column> all = new ArrayList<>();
        all.add(idColumn());
        columns.forEach(c -> all.add(c.column()));
        return all;
    }

    @Override
    public void rows(Consumer<List<String>> sink) {
        Iris iris = context.iris();
        each(row -> {
            List<String> cells = new ArrayList<>(columns.size() + 1);
            cells.add(iris.resource(slug, row.id()).getURI());
            for (RecordColumn column : columns) {
                cells.add(ValueKind.cell(row.value(column.source())));
            }
            sink.accept(cells);
        });
    }

    private void each(Consumer<RecordRow> handler) {
        String placeholders = String.join(", ", Collections.nCopies(statuses.size(), "?"));
        List<Object> parameters = new ArrayList<>();
        parameters.add(kind.code());
        parameters.addAll(statuses);
        Sql.stream(context.dataSource(), RecordRow.SELECT + "WHERE r.kind = ? AND r.deleted_at IS NULL AND r.status IN ("
                + placeholders + ") ORDER BY r.id", parameters, row -> handler.accept(RecordRow.read(row)));
    }
}
