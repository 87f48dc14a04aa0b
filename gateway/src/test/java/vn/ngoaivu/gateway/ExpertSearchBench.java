package vn.ngoaivu.gateway;

import io.helidon.config.Config;
import vn.ngoaivu.gateway.config.PlatformSettings;
import vn.ngoaivu.ontology.Ontology;
import vn.ngoaivu.registry.RegistryPersistence;
import vn.ngoaivu.registry.audit.AuditTrail;
import vn.ngoaivu.registry.db.Database;
import vn.ngoaivu.registry.db.DatabaseSettings;
import vn.ngoaivu.registry.db.EmbeddedPostgresServer;
import vn.ngoaivu.registry.demo.SyntheticExperts;
import vn.ngoaivu.registry.Actor;
import vn.ngoaivu.registry.expert.ExpertFacet;
import vn.ngoaivu.registry.expert.ExpertProfile;
import vn.ngoaivu.registry.expert.ExpertSearch;
import vn.ngoaivu.registry.expert.ExpertSearchRequest;
import vn.ngoaivu.registry.expert.ExpertService;
import vn.ngoaivu.registry.expert.ExpertValidator;
import vn.ngoaivu.registry.expert.SearchAudience;
import vn.ngoaivu.registry.search.SearchIndexMaintenance;
import vn.ngoaivu.registry.search.SearchSettings;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * The server side of deploy/bench/expert-search.sh. Loads N synthetic experts through the registry (indexed
 * through the outbox), starts the platform on them, then offers the query mix at a fixed rate straight to
 * {@link ExpertSearch} in the platform's JVM (the raw query against the index: same text, filters, facets and
 * highlights; no HTTP, security or JSON), latency measured from each request's scheduled start. Then it
 * prints PORT=, TOKEN= (a leader's), QUERIES= (the same mix as request paths) and DIRECT_P50_MS= for wrk.
 * Arguments: experts, seconds, requests/s, backend (lucene | an OpenSearch URL), mix (mixed: a third of the
 * queries with facet counts | facets: all of them).
 */
public final class ExpertSearchBench {

    private static final int QUERIES = 400;
    /** On 2 cores the JIT needs about this long at this rate before latencies settle. */
    private static final int WARM_UP_SECONDS = 40;

    private ExpertSearchBench() {
    }

    public static void main(String[] args) {
        BenchSettings.runAndExit(args, ExpertSearchBench::measure);
    }

    private static void measure(String[] args) throws Exception {
        int experts = Integer.parseInt(args.length > 0 ? args[0] : "100000");
        int seconds = Integer.parseInt(args.length > 1 ? args[1] : "30");
        int rate = Integer.parseInt(args.length > 2 ? args[2] : "200");
        String backend = args.length > 3 ? args[3] : "lucene";
        boolean allFacets = args.length > 4 && args[4].equals("facets");
        Path dir = Files.createTempDirectory(Path.of("target"), "bench-search-");
        Ontology ontology = Ontology.load("http://localhost:8080/");
        SearchSettings search = backend.equals("lucene") ? SearchSettings.lucene(dir.resolve("platform").resolve("search"))
                : SearchSettings.elasticsearch(List.of(URI.create(backend)), "opensearch:3.4");
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dir.resolve("server"), 0);
        TestIdentities identities = new TestIdentities();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            identities.close();
            postgres.close();
        }));
        {
            List<ExpertProfile> sample = load(postgres, dir.resolve("load"), search, ontology, experts);
            List<Query> queries = queries(sample, allFacets);

            Map<String, String> overrides = BenchSettings.platform(identities, dir.resolve("platform"), Optional.of(postgres));
            if (!backend.equals("lucene")) {
                overrides.put("platform.search.backend", "elasticsearch");
                overrides.put("platform.search.elasticsearch.hosts", backend);
            }
            Config config = TestPlatform.config(overrides);
            Platform platform = Platform.start(config, PlatformSettings.from(config));
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close));
            ExpertSearch direct = platform.expertSearch();
            ExecutorService workers = Executors.newFixedThreadPool(8);
            IntFunction<CompletableFuture<?>> directCall = i -> CompletableFuture.runAsync(() ->
                    direct.search(queries.get(i % queries.size()).request(), SearchAudience.STAFF), workers);
            System.err.println("warming up (" + WARM_UP_SECONDS + " s)...");
            warmUp(directCall, rate);
            long cpu = processCpuNanos();
            long[] raw = run(directCall, rate, seconds);
            report("direct (ExpertSearch in-process, " + backend + ")", raw, seconds, (processCpuNanos() - cpu) / (seconds * 1e9));
            workers.shutdownNow();
            // The HTTP side is measured by wrk (deploy/bench/expert-search.sh), a load generator outside this JVM.
            Path paths = dir.resolve("queries.txt");
            Files.write(paths, queries.stream().map(Query::path).toList());
            System.out.printf("DIRECT_P50_MS=%.3f%n", percentile(raw, 50) / 1e6);
            System.out.println("PORT=" + platform.port());
            System.out.println("TOKEN=" + identities.token(TestIdentities.Identity.LEADER));
            System.out.println("QUERIES=" + paths.toAbsolutePath());
            System.out.flush();
            Thread.currentThread().join();
        }
    }

    /** Loads the experts through the registry (validation, audit, outbox) and waits until they are all indexed. */
    private static List<ExpertProfile> load(EmbeddedPostgresServer postgres, Path dataDir, SearchSettings search,
                                            Ontology ontology, int count) throws Exception {
        DatabaseSettings settings = BenchSettings.database(postgres, dataDir);
        List<ExpertProfile> sample = new ArrayList<>();
        long started = System.nanoTime();
        try (Database db = Database.open(settings);
             var sessions = RegistryPersistence.sessionFactory(db.dataSource(), search, ontology.schemes());
             SearchIndexMaintenance index = new SearchIndexMaintenance(sessions, search, Clock.systemUTC()).start()) {
            ExpertService service = new ExpertService(sessions, new ExpertValidator(ontology.schemes()), new AuditTrail(),
                    Clock.systemUTC());
            Actor loader = new Actor("bench-loader", "admin", Optional.empty(), true, Optional.empty());
            List<ExpertProfile> chunk = new ArrayList<>();
            AtomicInteger seen = new AtomicInteger();
            try (Stream<ExpertProfile> profiles = SyntheticExperts.thanhHoa(ontology, 7).stream(count)) {
                profiles.forEach(profile -> {
                    if (seen.getAndIncrement() % Math.max(1, count / QUERIES) == 0) {
                        sample.add(profile);
                    }
                    chunk.add(profile);
                    if (chunk.size() == 500) {
                        service.createAll(chunk, "HTQT", loader);
                        chunk.clear();
                    }
                });
            }
            if (!chunk.isEmpty()) {
                service.createAll(chunk, "HTQT", loader);
            }
            long saved = System.nanoTime();
            if (!index.awaitIndexed(Duration.ofMinutes(30))) {
                throw new IllegalStateException("not indexed: " + index.status());
            }
            System.out.printf("loaded %d experts: saved in %.1f s, all indexed %.1f s later (%.0f experts/s end to end)%n",
                    count, (saved - started) / 1e9, (System.nanoTime() - saved) / 1e9,
                    count / ((System.nanoTime() - started) / 1e9));
        }
        return sample;
    }

    /** One search with 20 hits and highlights; {@code facets}: a search page's side panel of counts. */
    private record Query(String text, Optional<String> country, boolean facets) {
        ExpertSearchRequest request() {
            return new ExpertSearchRequest(Optional.of(text), country.map(c -> Map.of(ExpertFacet.COUNTRY, List.of(c)))
                    .orElse(Map.of()), ExpertSearchRequest.Sort.RELEVANCE, 1, 20, Optional.empty(), true, facets);
        }

        String path() {
            return "/api/v1/experts/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
                    + country.map(c -> "&country=" + c).orElse("") + "&facets=" + facets;
        }
    }

    /**
     * What people type, in equal shares: a full name without diacritics and a family + given name (a search
     * box: no facet counts, unless {@code allFacets}), and an organisation word with a country filter (a
     * search page: with facet counts).
     */
    private static List<Query> queries(List<ExpertProfile> sample, boolean allFacets) {
        List<Query> queries = new ArrayList<>();
        for (int i = 0; i < sample.size(); i++) {
            ExpertProfile p = sample.get(i);
            String[] words = fold(p.fullName()).split(" ");
            queries.add(switch (i % 3) {
                case 0 -> new Query(String.join(" ", words), Optional.empty(), allFacets);
                case 1 -> new Query(words[0] + " " + words[words.length - 1], Optional.empty(), allFacets);
                default -> new Query(p.organisation().map(o -> o.split(" ")[0]).orElse(words[0]), Optional.of(p.countryCode()),
                        true);
            });
        }
        return queries;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D')
                .toLowerCase(java.util.Locale.ROOT);
    }

    /** While the JIT compiles, a cold JVM cannot keep up with the rate: warm-up failures are only counted. */
    static void warmUp(IntFunction<CompletableFuture<?>> call, int rate) throws Exception {
        try {
            run(call, rate, WARM_UP_SECONDS);
        } catch (IllegalStateException e) {
            System.err.println("warm-up: " + e.getMessage());
        }
    }

    /**
     * Offers calls at a fixed rate for a while; returns each call's latency from its scheduled start (ns), sorted.
     * Shared with {@link SparqlLookupBench}.
     */
    static long[] run(IntFunction<CompletableFuture<?>> call, int rate, int seconds) throws Exception {
        int total = rate * seconds;
        long interval = 1_000_000_000L / rate;
        long[] latencies = new long[total];
        java.util.concurrent.atomic.AtomicReference<Throwable> firstFailure = new java.util.concurrent.atomic.AtomicReference<>();
        List<CompletableFuture<?>> pending = new ArrayList<>(total);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long scheduled = start + i * interval;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int n = i;
            pending.add(call.apply(i).whenComplete((ok, failure) -> {
                latencies[n] = failure == null ? System.nanoTime() - scheduled : Long.MAX_VALUE;
                if (failure != null) {
                    firstFailure.compareAndSet(null, failure);
                }
            }));
        }
        CompletableFuture.allOf(pending.toArray(new CompletableFuture<?>[0])).exceptionally(e -> null).join();
        long failures = Arrays.stream(latencies).filter(l -> l == Long.MAX_VALUE).count();
        if (failures > 0) {
            throw new IllegalStateException(failures + " of " + total + " calls failed", firstFailure.get());
        }
        Arrays.sort(latencies);
        return latencies;
    }

    static double percentile(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
    }

    static void report(String what, long[] sorted, int seconds, double cores) {
        System.out.printf("%s: %d requests in %d s; p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; "
                        + "CPU %.2f of %d cores (load generator included)%n", what, sorted.length, seconds,
                percentile(sorted, 50) / 1e6, percentile(sorted, 90) / 1e6, percentile(sorted, 99) / 1e6,
                sorted[sorted.length - 1] / 1e6, cores, Runtime.getRuntime().availableProcessors());
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
