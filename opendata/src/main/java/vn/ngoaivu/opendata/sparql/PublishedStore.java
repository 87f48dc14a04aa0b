package vn.ngoaivu.opendata.sparql;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The published open data, as the SPARQL endpoint reads it: a TDB2 database holding each dataset's current
 * release in a named graph of its own ({@link #graphName}). Queries see the union of those graphs as their
 * default graph ({@link SparqlService}); {@code GRAPH ?g} tells which release a triple comes from.
 *
 * <p>Publishing a release replaces the dataset's previous graph in the same write transaction, so a query sees
 * either the old release or the new one, never a mix, and never two releases of one dataset at once.
 */
public final class PublishedStore implements AutoCloseable {

    /** Graph names are URNs: they name a release in this store and are the same on every province's instance. */
    private static final String GRAPH_PREFIX = "urn:ngoaivu:graph:";
    private static final Pattern DATASET_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern GRAPH_NAME = Pattern.compile(Pattern.quote(GRAPH_PREFIX) + "([a-z0-9-]+):release:([0-9]+)");

    private final Dataset dataset;

    private PublishedStore(Dataset dataset) {
        this.dataset = dataset;
    }

    /** Opens (creating if needed) the database in {@code directory}. */
    public static PublishedStore open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the published-data store at " + directory, e);
        }
        return new PublishedStore(TDB2Factory.connectDataset(Location.create(directory)));
    }

    /** A store in memory (same engine, same transactions), for tests. */
    public static PublishedStore inMemory() {
        return new PublishedStore(TDB2Factory.createDataset());
    }

    /** The name of a release's graph, e.g. {@code urn:ngoaivu:graph:experts:release:3}. */
    public static String graphName(String datasetId, int release) {
        requireValid(datasetId, release);
        return GRAPH_PREFIX + datasetId + ":release:" + release;
    }

    /**
     * Makes {@code release} the dataset's published data: the triples {@code triples} streams into the sink it is
     * given land in the release's graph, and the dataset's earlier graph is dropped, in one write transaction.
     * If {@code triples} throws, nothing changes. Quads are refused: a release is one graph.
     */
    public void publish(String datasetId, int release, Consumer<StreamRDF> triples) {
        Node graph = NodeFactory.createURI(graphName(datasetId, release));
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            dropGraphs(dsg, datasetId);
            StreamRDF sink = new IntoGraph(dsg, graph);
            sink.start();
            triples.accept(sink);
            sink.finish();
        });
    }

    /** Withdraws the dataset: its graph leaves the store. True when it had one. */
    public boolean remove(String datasetId) {
        requireValid(datasetId, 0);
        return Txn.calculateWrite(dataset, () -> dropGraphs(dataset.asDatasetGraph(), datasetId) > 0);
    }

    /** The dataset's published release, if it has one. */
    public OptionalInt currentRelease(String datasetId) {
        requireValid(datasetId, 0);
        return Txn.calculateRead(dataset, () -> {
            for (Node graph : graphsOf(dataset.asDatasetGraph(), datasetId)) {
                Matcher m = GRAPH_NAME.matcher(graph.getURI());
                if (m.matches()) {
                    return OptionalInt.of(Integer.parseInt(m.group(2)));
                }
            }
            return OptionalInt.empty();
        });
    }

    /**
     * What the published data says of {@code iri}: every triple with it as subject, in any release's graph (the
     * Linked Data document of a published resource). Empty when nothing published names it.
     */
    public org.apache.jena.rdf.model.Model describe(String iri) {
        Node subject = NodeFactory.createURI(iri);
        return Txn.calculateRead(dataset, () -> {
            org.apache.jena.graph.Graph out = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            dataset.asDatasetGraph().find(Node.ANY, subject, Node.ANY, Node.ANY)
                    .forEachRemaining(q -> out.add(q.asTriple()));
            return org.apache.jena.rdf.model.ModelFactory.createModelForGraph(out);
        });
    }

    /** The database; {@link SparqlService} reads it in its own read transactions. */
    Dataset dataset() {
        return dataset;
    }

    @Override
    public void close() {
        dataset.close();
    }

    private static int dropGraphs(DatasetGraph dsg, String datasetId) {
        List<Node> graphs = graphsOf(dsg, datasetId);
        graphs.forEach(dsg::removeGraph);
        return graphs.size();
    }

    private static List<Node> graphsOf(DatasetGraph dsg, String datasetId) {
        List<Node> graphs = new ArrayList<>();
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
            Node graph = it.next();
            Matcher m = graph.isURI() ? GRAPH_NAME.matcher(graph.getURI()) : null;
            if (m != null && m.matches() && m.group(1).equals(datasetId)) {
                graphs.add(graph);
            }
        }
        return graphs;
    }

    private static void requireValid(String datasetId, int release) {
        if (datasetId == null || !DATASET_ID.matcher(datasetId).matches()) {
            throw new IllegalArgumentException("a dataset id is lower-case letters, digits and dashes: " + datasetId);
        }
        if (release < 0) {
            throw new IllegalArgumentException("a release number is not negative: " + release);
        }
    }

    /** Adds each triple to one named graph; the stream's base and prefixes do not matter to a store. */
    private static final class IntoGraph extends StreamRDFBase {
        private final DatasetGraph dsg;
        private final Node graph;

        IntoGraph(DatasetGraph dsg, Node graph) {
            this.dsg = dsg;
            this.graph = graph;
        }

        @Override
        public void triple(Triple triple) {
            dsg.add(graph, triple.getSubject(), triple.getPredicate(), triple.getObject());
        }

        @Override
        public void quad(Quad quad) {
            throw new IllegalArgumentException("a release is one graph: quads are not accepted");
        }
    }
}
