package vn.ngoaivu.opendata.release;

import java.io.OutputStream;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;

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

    /** Counts triples on their way to the writer. */
    private static final class TripleCount extends TripleSink {

        private final StreamRDF writer;
        private long triples;

        TripleCount(StreamRDF writer) {
            this.writer = writer;
        }

        @Override
        public void triple(Triple triple) {
            triples++;
            writer.triple(triple);
        }
    }
}
