package vn.ngoaivu.opendata.dataset;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import vn.ngoaivu.ontology.NgvClass;
import vn.ngoaivu.ontology.NgvProperty;
import vn.ngoaivu.opendata.release.Column;
import vn.ngoaivu.opendata.release.ReleaseSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A statistics dataset as RDF Data Cube observations ({@code ngv:StatisticalObservation}, a {@code qb:Observation}):
 * one per cell of an aggregate query, with its dimensions and {@code ngv:observationCount}. Cells below
 * {@code minimumCell} are left out: for counts of people that is the k-anonymity threshold, so no small group
 * (and no one in it) can be singled out.
 */
final class ObservationSource implements ReleaseSource {

    static final String COUNT_COLUMN = "count";

    private final SourceContext context;
    private final String datasetId;
    private final String sql;
    private final List<Dimension> dimensions;
    private final int minimumCell;

    ObservationSource(SourceContext context, String datasetId, String sql, List<Dimension> dimensions, int minimumCell) {
        this.context = context;
        this.datasetId = datasetId;
        this.sql = sql;
        this.dimensions = List.copyOf(dimensions);
        this.minimumCell = minimumCell;
    }

    static Column countColumn(Iris iris) {
        return new Column("count", "Số lượng", "Count", "integer", iris.property(NgvProperty.OBSERVATION_COUNT).getURI());
    }

    @Override
    public void triples(StreamRDF sink) {
        Emit emit = new Emit(sink);
        Iris iris = context.iris();
        Node dataset = iris.dataset(datasetId);
        each((codes, count) -> {
            Node observation = iris.resource("observation/" + datasetId, String.join("-", codes));
            emit.type(observation, iris.type(NgvClass.STATISTICAL_OBSERVATION));
            emit.iri(observation, Vocab.RDF_TYPE, Vocab.QB_OBSERVATION);
            emit.iri(observation, Vocab.QB_DATA_SET, dataset);
            for (int i = 0; i < dimensions.size(); i++) {
                dimensions.get(i).write(emit, iris, observation, codes.get(i));
            }
            emit.integer(observation, iris.property(NgvProperty.OBSERVATION_COUNT), count);
        });
    }

    @Override
    public List<Column> columns() {
        Iris iris = context.iris();
        List<Column> columns = new ArrayList<>(dimensions.stream().map(d -> d.column(iris)).toList());
        columns.add(countColumn(iris));
        return columns;
    }

    @Override
    public void rows(Consumer<List<String>> sink) {
        each((codes, count) -> {
            List<String> cells = new ArrayList<>(codes);
            cells.add(Long.toString(count));
            sink.accept(cells);
        });
    }

    private interface Cell {
        void accept(List<String> codes, long count);
    }

    private void each(Cell cell) {
        Sql.stream(context.dataSource(), sql, List.of(), row -> {
            long count = row.getLong(COUNT_COLUMN);
            if (count < minimumCell) {
                return;
            }
            List<String> codes = new ArrayList<>(dimensions.size());
            for (Dimension dimension : dimensions) {
                codes.add(row.getString(dimension.sqlColumn()));
            }
            cell.accept(codes, count);
        });
    }
}
