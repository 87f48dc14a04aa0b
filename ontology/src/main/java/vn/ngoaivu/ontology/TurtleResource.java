package vn.ngoaivu.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/** Parses a Turtle resource of the classpath, resolving its relative IRIs against a base URI. */
final class TurtleResource {

    private TurtleResource() {
    }

    static Graph parse(String resource, String baseUri) {
        InputStream in = TurtleResource.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Ontology source missing from the classpath: " + resource);
        }
        Graph graph = GraphFactory.createDefaultGraph();
        try (in) {
            RDFParser.create()
                    .source(in)
                    .lang(Lang.TURTLE)
                    .base(baseUri)
                    // Strict: a warning (e.g. a suspicious IRI) in a source is a defect to fix, not to log.
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                    .parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        } catch (RiotException e) {
            throw new IllegalStateException("Cannot parse " + resource + ": " + e.getMessage(), e);
        }
        return graph;
    }
}
