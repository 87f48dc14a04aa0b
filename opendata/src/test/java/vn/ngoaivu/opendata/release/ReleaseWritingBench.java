package vn.ngoaivu.opendata.release;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;

import vn.ngoaivu.ontology.Ontology;

/**
 * deploy/bench/opendata-release.sh: writes N generated triples (default 1,000,000; the generator holds none of
 * them) with Jena's streaming N-Triples writer (the baseline) and with each of our RDF distribution writers, in
 * the same JVM, interleaved run by run so that each sees the same machine state; bytes go to a null stream (the
 * disk is not measured). Our writers also count and hash their bytes (SHA-256), as when writing a release. Prints
 * the median throughput of each, the ratio of our N-Triples writer to Jena's, and peak heap use.
 */
public final class ReleaseWritingBench {

    private static final String BASELINE = "Jena StreamRDFWriter N-Triples (baseline)";

    private ReleaseWritingBench() {
    }

    /** One way of writing the source to a stream. */
    private interface Run {
        void write(ReleaseSource source, OutputStream out) throws IOException;
    }

    public static void main(String[] args) throws Exception {
        long triples = Long.parseLong(args.length > 0 ? args[0] : "1000000");
        int warmups = Integer.parseInt(args.length > 1 ? args[1] : "2");
        int runs = Integer.parseInt(args.length > 2 ? args[2] : "5");
        Ontology ontology = Ontology.load("https://example.gov.vn/");
        Prefixes prefixes = Prefixes.of(ontology);
        ReleaseSource source = new GeneratedRecords(ontology, triples);

        Map<String, Run> writers = new LinkedHashMap<>();
        writers.put("generator alone (no writing, for reference)", (generated, out) -> generated.triples(new TripleSink() {
            @Override
            public void triple(Triple triple) {
            }
        }));
        writers.put(BASELINE, ReleaseWritingBench::jenaNTriples);
        writers.put("ours: N-Triples", measured(new NTriplesDistributionWriter()));
        writers.put("ours: JSON-LD", measured(new JsonLdDistributionWriter(prefixes,
                "https://example.gov.vn/data/bench/1/context.jsonld")));
        writers.put("ours: Turtle", measured(new TurtleDistributionWriter(prefixes)));
        writers.put("ours: RDF/XML", measured(new RdfXmlDistributionWriter(prefixes)));

        System.out.printf("%,d triples per run, %d warm-up and %d measured runs of each writer, max heap %d MiB, %s%n",
                triples, warmups, runs, Runtime.getRuntime().maxMemory() >> 20, Runtime.version());
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        Map<String, Long> peakOld = new LinkedHashMap<>();
        Map<String, Long> peakHeap = new LinkedHashMap<>();
        for (int round = 0; round < warmups + runs; round++) {
            for (Map.Entry<String, Run> writer : writers.entrySet()) {
                System.gc();
                resetPeaks();
                long start = System.nanoTime();
                writer.getValue().write(source, OutputStream.nullOutputStream());
                double elapsed = (System.nanoTime() - start) / 1e9;
                if (round >= warmups) {
                    seconds.computeIfAbsent(writer.getKey(), key -> new ArrayList<>()).add(elapsed);
                    peakOld.merge(writer.getKey(), oldGenerationPeak(), Math::max);
                    peakHeap.merge(writer.getKey(), heapPeak(), Math::max);
                }
            }
        }
        double baseline = median(seconds.get(BASELINE));
        double ours = median(seconds.get("ours: N-Triples"));
        for (Map.Entry<String, List<Double>> writer : seconds.entrySet()) {
            double median = median(writer.getValue());
            System.out.printf("%-44s median %6.3f s = %,10.0f triples/s   peak heap %4d MiB (old generation %3d MiB)%n",
                    writer.getKey(), median, triples / median, peakHeap.get(writer.getKey()) >> 20,
                    peakOld.get(writer.getKey()) >> 20);
        }
        Distribution nTriples = new NTriplesDistributionWriter().write(source, OutputStream.nullOutputStream());
        System.out.printf("N-Triples file: %,d bytes%n", nTriples.byteSize());
        System.out.printf("ratio ours/Jena N-Triples throughput: %.2f (target >= 0.70)%n", baseline / ours);
        System.out.printf("JSON-LD: %,.0f triples/s (target >= 50,000)%n",
                triples / median(seconds.get("ours: JSON-LD")));
    }

    private static Run measured(DistributionWriter writer) {
        return writer::write;
    }

    private static void jenaNTriples(ReleaseSource source, OutputStream out) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES_UTF8);
        writer.start();
        source.triples(writer);
        writer.finish();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of each heap pool's peak: an upper bound of the heap used at any one time. */
    private static long heapPeak() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    /** The old generation's peak: what survived young collections, so what a writer holding data would grow. */
    private static long oldGenerationPeak() {
        return heapPools().stream()
                .filter(pool -> pool.getName().contains("Old") || pool.getName().contains("Tenured"))
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
