package vn.ngoaivu.opendata.catalog;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import vn.ngoaivu.ontology.ShapeValidator;
import vn.ngoaivu.ontology.ValidationReport;
import vn.ngoaivu.ontology.Violation;
import vn.ngoaivu.opendata.release.ReleaseSource;

import java.util.ArrayList;
import java.util.List;

/**
 * Validates a release's triples with the ontology's SHACL shapes in constant memory: the stream is cut into chunks
 * of about {@code chunkSize} published resources and each chunk is validated on its own. A chunk starts only at the
 * type triple of a new named resource, so a resource travels with the blank nodes and names written after it
 * (organisers, agents, periods); the sources write every resource that way. Links to resources in another chunk
 * are not followed: the shapes check links by pattern, not by reading the linked resource, except
 * {@code sh:class} on related documents and dossiers, which the open datasets do not publish.
 */
public final class ReleaseValidator {

    /** At most this many results are kept, so that a broken release cannot exhaust memory with its report. */
    static final int MAX_RESULTS = 1_000;

    private final ShapeValidator shapes;
    private final int chunkSize;

    public ReleaseValidator(ShapeValidator shapes, int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size >= 1");
        }
        this.shapes = shapes;
        this.chunkSize = chunkSize;
    }

    /** Every result of every chunk (up to {@value #MAX_RESULTS}); the release may be published when none is a violation. */
    public ValidationReport validate(ReleaseSource source) {
        Chunks chunks = new Chunks();
        chunks.start();
        source.triples(chunks);
        chunks.finish();
        return new ValidationReport(chunks.results.isEmpty(), chunks.results);
    }

    private final class Chunks extends StreamRDFBase {
        private final List<Violation> results = new ArrayList<>();
        private Graph chunk = GraphFactory.createDefaultGraph();
        private int resources;
        private Node current;

        @Override
        public void triple(Triple triple) {
            boolean startsResource = triple.getSubject().isURI() && triple.getPredicate().equals(RDF.type.asNode())
                    && !triple.getSubject().equals(current);
            if (startsResource) {
                if (resources == chunkSize) {
                    flush();
                }
                current = triple.getSubject();
                resources++;
            }
            chunk.add(triple);
        }

        @Override
        public void finish() {
            flush();
        }

        private void flush() {
            if (!chunk.isEmpty() && results.size() < MAX_RESULTS) {
                List<Violation> found = shapes.validate(chunk).violations();
                results.addAll(found.subList(0, Math.min(found.size(), MAX_RESULTS - results.size())));
            }
            chunk = GraphFactory.createDefaultGraph();
            resources = 0;
        }
    }
}
