package vn.ngoaivu.opendata.release;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Collects consecutive triples of the same subject and hands each run to a consumer, for the formats that write
 * one element per subject (JSON-LD node objects, RDF/XML descriptions). Sources emit a subject's triples together,
 * so a run is a subject's description and memory holds one subject at a time; a subject that comes back later
 * simply gets a second element, which both formats merge when read.
 */
final class SubjectGroups extends TripleSink {

    private final Consumer<List<Triple>> consumer;
    private final List<Triple> run = new ArrayList<>();
    private Node subject;
    private long triples;

    SubjectGroups(Consumer<List<Triple>> consumer) {
        this.consumer = consumer;
    }

    @Override
    public void triple(Triple triple) {
        if (subject != null && !subject.equals(triple.getSubject())) {
            flush();
        }
        subject = triple.getSubject();
        run.add(triple);
        triples++;
    }

    /** Hands over the last run; call once the source has streamed everything. */
    @Override
    public void finish() {
        flush();
    }

    long triples() {
        return triples;
    }

    private void flush() {
        if (!run.isEmpty()) {
            consumer.accept(run);
            run.clear();
        }
        subject = null;
    }
}
