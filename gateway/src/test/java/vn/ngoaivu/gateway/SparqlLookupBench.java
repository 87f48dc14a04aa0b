package vn.ngoaivu.gateway;

import io.helidon.config.Config;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import vn.ngoaivu.gateway.config.PlatformSettings;
import vn.ngoaivu.opendata.sparql.PublishedStore;
import vn.ngoaivu.opendata.sparql.SparqlService;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * The server side of deploy/bench/sparql-lookup.sh. Starts the platform, publishes N generated resources of 10
 * triples each into its store (10 datasets, one release graph each, as publishing would), then offers
 * {@code SELECT ?p ?o WHERE { <uri> ?p ?o }} for random URIs at a fixed rate straight to a {@link SparqlService}
 * on the same store (parse, run in a read transaction, write JSON results: the raw query without HTTP), latency
 * from each request's scheduled start. Then it prints PORT=, QUERIES= (the same lookups as request paths) and
 * DIRECT_P50_MS= / DIRECT_P95_MS= for wrk. Arguments: resources, seconds, requests/s.
 */
public final class SparqlLookupBench {

    private static final int DATASETS = 10;
    private static final int LOOKUPS = 1000;
    private static final String BASE = "http://localhost:8080/";

    private SparqlLookupBench() {
    }

    public static void main(String[] args) {
        BenchSettings.runAndExit(args, SparqlLookupBench::measure);
    }

    private static void measure(String[] args) throws Exception {
        int resources = Integer.parseInt(args.length > 0 ? args[0] : "100000");
        int seconds = Integer.parseInt(args.length > 1 ? args[1] : "30");
        int rate = Integer.parseInt(args.length > 2 ? args[2] : "200");
        Path dir = Files.createTempDirectory(Path.of("target"), "bench-sparql-");
        TestIdentities identities = new TestIdentities();
        Map<String, String> overrides = BenchSettings.platform(identities, dir.resolve("platform"), Optional.empty());
        Config config = TestPlatform.config(overrides);
        PlatformSettings settings = PlatformSettings.from(config);
        Platform platform = Platform.start(config, settings);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            platform.close();
            identities.close();
        }));
        PublishedStore store = platform.publishedStore();
        load(store, resources);
        System.out.printf("store on disk: %d MB (%s)%n", size(settings.sparql().directory()) >> 20, settings.sparql().directory());

        List<String> queries = lookups(resources);
        SparqlService direct = new SparqlService(store, settings.sparql().queryTimeout(), settings.sparql().resultLimit());
        ExecutorService workers = Executors.newFixedThreadPool(8);
        IntFunction<CompletableFuture<?>> call = i -> CompletableFuture.runAsync(() -> {
            byte[] body = direct.results(direct.parse(queries.get(i % queries.size()), List.of(), List.of()),
                    ResultSetLang.RS_JSON).body();
            if (body.length < 100) {
                throw new IllegalStateException("no result for " + queries.get(i % queries.size()));
            }
        }, workers);
        System.err.println("warming up the direct path...");
        ExpertSearchBench.warmUp(call, rate);
        long cpu = ExpertSearchBench.processCpuNanos();
        long[] raw = ExpertSearchBench.run(call, rate, seconds);
        ExpertSearchBench.report("direct (SparqlService in-process: parse, TDB2 read transaction, JSON results)", raw, seconds,
                (ExpertSearchBench.processCpuNanos() - cpu) / (seconds * 1e9));
        workers.shutdownNow();

        Path paths = dir.resolve("queries.txt");
        Files.write(paths, queries.stream().map(q -> "/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).toList());
        System.out.printf("DIRECT_P50_MS=%.3f%n", ExpertSearchBench.percentile(raw, 50) / 1e6);
        System.out.printf("DIRECT_P95_MS=%.3f%n", ExpertSearchBench.percentile(raw, 95) / 1e6);
        System.out.println("PORT=" + platform.port());
        System.out.println("QUERIES=" + paths.toAbsolutePath());
        System.out.flush();
        Thread.currentThread().join();
    }

    /** Publishes the resources as {@value #DATASETS} datasets, each one release in one write transaction. */
    private static void load(PublishedStore store, int resources) {
        long started = System.nanoTime();
        int perDataset = (resources + DATASETS - 1) / DATASETS;
        for (int d = 0; d < DATASETS; d++) {
            int from = d * perDataset;
            int to = Math.min(resources, from + perDataset);
            store.publish("bench-" + d, 1, sink -> {
                for (int n = from; n < to; n++) {
                    resource(sink, n);
                }
            });
        }
        double secondsTaken = (System.nanoTime() - started) / 1e9;
        System.out.printf("published %d resources, %d triples, in %.1f s (%.0f triples/s)%n", resources, resources * 10L,
                secondsTaken, resources * 10 / secondsTaken);
    }

    private static final String[] COUNTRIES = {"JP", "KR", "US", "FR", "DE", "LA", "TH", "CN", "AU", "RU"};

    /** Ten triples about one resource, shaped like a published organisation. */
    private static void resource(StreamRDF sink, int n) {
        String ngv = BASE + "def/ngv#";
        Node s = NodeFactory.createURI(uri(n));
        sink.triple(Triple.create(s, RDF.type.asNode(), NodeFactory.createURI(ngv + "ForeignNgo")));
        sink.triple(Triple.create(s, NodeFactory.createURI("http://xmlns.com/foaf/0.1/name"),
                NodeFactory.createLiteralLang("Tổ chức phi chính phủ số " + n, "vi")));
        sink.triple(Triple.create(s, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                NodeFactory.createLiteralLang("Non-governmental organisation " + n, "en")));
        sink.triple(Triple.create(s, NodeFactory.createURI(ngv + "country"),
                NodeFactory.createURI(BASE + "def/scheme/country/" + COUNTRIES[n % COUNTRIES.length])));
        sink.triple(Triple.create(s, NodeFactory.createURI(ngv + "refYear"),
                NodeFactory.createLiteralDT(Integer.toString(2000 + n % 26), XSDDatatype.XSDinteger)));
        sink.triple(Triple.create(s, NodeFactory.createURI(ngv + "sector"),
                NodeFactory.createURI(BASE + "def/scheme/sector/" + (n % 12 + 1))));
        sink.triple(Triple.create(s, NodeFactory.createURI("http://purl.org/dc/terms/identifier"),
                NodeFactory.createLiteralString("NGO-" + n)));
        sink.triple(Triple.create(s, NodeFactory.createURI("http://schema.org/startDate"),
                NodeFactory.createLiteralDT((2000 + n % 26) + "-01-15", XSDDatatype.XSDdate)));
        sink.triple(Triple.create(s, NodeFactory.createURI("http://www.w3.org/ns/dcat#keyword"),
                NodeFactory.createLiteralLang("hợp tác " + (n % 50), "vi")));
        sink.triple(Triple.create(s, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#seeAlso"),
                NodeFactory.createURI(uri(n + 1))));
    }

    private static String uri(int n) {
        return BASE + "id/ngo/" + n;
    }

    /** Lookups of random resources, by URI. */
    private static List<String> lookups(int resources) {
        Random random = new Random(42);
        List<String> queries = new ArrayList<>(LOOKUPS);
        for (int i = 0; i < LOOKUPS; i++) {
            queries.add("SELECT ?p ?o WHERE { <" + uri(random.nextInt(resources)) + "> ?p ?o }");
        }
        return queries;
    }

    private static long size(Path directory) throws Exception {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
