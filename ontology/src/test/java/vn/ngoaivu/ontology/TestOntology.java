package vn.ngoaivu.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** The ontology loaded once for the whole test run (loading parses every source), and test data. */
final class TestOntology {

    static final String BASE = "https://ngoaivu.thanhhoa.gov.vn/";
    static final Ontology ONTOLOGY = Ontology.load(BASE);

    private TestOntology() {
    }

    /** A Turtle file of src/test/resources, relative IRIs resolved against {@link #BASE}. */
    static Graph testGraph(String resource) {
        try (InputStream in = TestOntology.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.create().source(in).lang(Lang.TURTLE).base(BASE).parse(graph);
            return graph;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
