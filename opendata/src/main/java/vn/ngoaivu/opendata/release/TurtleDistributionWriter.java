package vn.ngoaivu.opendata.release;

import java.io.OutputStream;
import java.util.Objects;

import org.apache.jena.riot.RDFFormat;

/**
 * Turtle through Jena's streaming "blocks" writer: the prefixes first, then each run of a subject's triples as
 * one block ({@code s p o ; p o .}); memory holds one block.
 */
public final class TurtleDistributionWriter implements DistributionWriter {

    private final Prefixes prefixes;

    public TurtleDistributionWriter(Prefixes prefixes) {
        this.prefixes = Objects.requireNonNull(prefixes);
    }

    @Override
    public DistributionFormat format() {
        return DistributionFormat.TURTLE;
    }

    @Override
    public long writeContent(ReleaseSource source, OutputStream out) {
        return JenaStreamingWrite.write(source, out, RDFFormat.TURTLE_BLOCKS, prefixes);
    }
}
