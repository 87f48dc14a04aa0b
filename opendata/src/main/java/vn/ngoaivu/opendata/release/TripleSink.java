package vn.ngoaivu.opendata.release;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * A {@link StreamRDF} that a release source streams into: it takes triples only. Prefixes and a base are the
 * writer's business (fixed per release, the same in every format), not the source's, so they are dropped; start
 * and finish belong to the writer that drives the source.
 */
abstract class TripleSink implements StreamRDF {

    @Override
    public void quad(Quad quad) {
        throw new IllegalArgumentException("A release is one graph: a source may not stream quads (" + quad + ")");
    }

    @Override
    public void start() {
    }

    @Override
    public void finish() {
    }

    @Override
    public void base(String base) {
    }

    @Override
    public void prefix(String prefix, String iri) {
    }

    @Override
    public void version(String version) {
    }
}
