package vn.ngoaivu.opendata.release;

import java.io.OutputStream;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/** Writes a source through one of Jena's streaming writers ({@link StreamRDFWriter}), counting the triples. */
final class JenaStreamingWrite {

    private JenaStreamingWrite() {
    }

    /** Writes every triple of {@code source} in {@code format}, declaring {@code prefixes} first. */
    static long write(ReleaseSource source, OutputStream out, RDFFormat format, Prefixes prefixes) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, format);
        TripleCount counted = new TripleCount(writer);
        writer.start();
        prefixes.asMap().forEach(writer::prefix);
        source.triples(counted);
        writer.finish();
        return counted.triples;
    }

    /** Counts triples on their way to the writer; keeps the source's own prefixes and base out of the file. */
    private static final class TripleCount extends StreamRDFWrapper {

        private long triples;

        TripleCount(StreamRDF writer) {
            super(writer);
        }

        @Override
        public void triple(Triple triple) {
            triples++;
            other.triple(triple);
        }

        @Override
        public void quad(Quad quad) {
            throw new IllegalArgumentException("A release is one graph: a source may not stream quads (" + quad + ")");
        }

        @Override
        public void base(String base) {
        }

        @Override
        public void prefix(String prefix, String iri) {
        }

        @Override
        public void start() {
        }

        @Override
        public void finish() {
        }
    }
}
