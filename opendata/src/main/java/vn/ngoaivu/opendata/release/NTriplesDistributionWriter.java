package vn.ngoaivu.opendata.release;

import java.io.OutputStream;

import org.apache.jena.riot.RDFFormat;

/**
 * N-Triples, UTF-8 (RDF 1.1 N-Triples allows it; ASCII escapes would make Vietnamese text several times larger),
 * through Jena's streaming writer: one line per triple, nothing held in memory.
 */
public final class NTriplesDistributionWriter implements DistributionWriter {

    @Override
    public DistributionFormat format() {
        return DistributionFormat.N_TRIPLES;
    }

    @Override
    public long writeContent(ReleaseSource source, OutputStream out) {
        return JenaStreamingWrite.write(source, out, RDFFormat.NTRIPLES_UTF8, Prefixes.none());
    }
}
