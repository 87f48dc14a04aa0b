package vn.ngoaivu.gateway;

import io.helidon.config.Config;
import vn.ngoaivu.gateway.config.PlatformSettings;
import vn.ngoaivu.ontology.Ontology;
import vn.ngoaivu.registry.audit.AuditTrail;
import vn.ngoaivu.registry.db.Database;
import vn.ngoaivu.registry.db.DatabaseSettings;
import vn.ngoaivu.registry.db.EmbeddedPostgresServer;
import vn.ngoaivu.registry.demo.SyntheticExperts;
import vn.ngoaivu.registry.Actor;
import vn.ngoaivu.registry.expert.ExpertService;
import vn.ngoaivu.registry.expert.ExpertValidator;
import vn.ngoaivu.registry.RegistryPersistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;

/**
 * The server side of deploy/bench/expert-read.sh. Starts an external-style PostgreSQL, loads synthetic
 * experts, measures the raw JDBC baseline (the same primary-key SELECT the registry runs, on 2 threads,
 * no HTTP), then serves the platform on that database and prints PORT=, TOKEN= and IDS= (a file of ids)
 * for the load generator. Quotas are lifted so that they do not cap the measurement.
 */
public final class ExpertReadBenchServer {

    private ExpertReadBenchServer() {
    }

    public static void main(String[] args) throws Exception {
        int experts = Integer.parseInt(args.length > 0 ? args[0] : "5000");
        int baselineSeconds = Integer.parseInt(args.length > 1 ? args[1] : "10");
        Path dir = Files.createTempDirectory(Path.of("target"), "bench-read-");
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dir.resolve("server"), 0);
        List<UUID> ids = load(postgres, dir.resolve("load"), experts);
        Path idFile = dir.resolve("ids.txt");
        Files.write(idFile, ids.stream().map(UUID::toString).toList());
        System.out.printf("BASELINE=%.0f%n", jdbcBaseline(postgres, ids, baselineSeconds));

        TestIdentities identities = new TestIdentities();
        Map<String, String> overrides = BenchSettings.platform(identities, dir.resolve("platform"), Optional.of(postgres));
        overrides.put("platform.database.pool-size", "16");
        Config config = TestPlatform.config(overrides);
        Platform platform = Platform.start(config, PlatformSettings.from(config));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            platform.close();
            identities.close();
            postgres.close();
        }));
        System.out.println("PORT=" + platform.port());
        System.out.println("TOKEN=" + identities.token(TestIdentities.Identity.LEADER));
        System.out.println("IDS=" + idFile.toAbsolutePath());
        System.out.flush();
        Thread.currentThread().join();
    }

    private static List<UUID> load(EmbeddedPostgresServer postgres, Path dataDir, int count) {
        DatabaseSettings settings = BenchSettings.database(postgres, dataDir);
        List<UUID> ids = new ArrayList<>();
        Ontology ontology = Ontology.load("http://localhost:8080/");
        try (Database db = Database.open(settings); var sessions = RegistryPersistence.sessionFactory(db.dataSource(),
                vn.ngoaivu.registry.search.SearchSettings.lucene(dataDir.resolve("search")), ontology.schemes())) {
            ExpertService service = new ExpertService(sessions, new ExpertValidator(ontology.schemes()), new AuditTrail(), Clock.systemUTC());
            Actor loader = new Actor("bench-loader", "admin", Optional.empty(), true, Optional.empty());
            SyntheticExperts.thanhHoa(ontology, 42).stream(count)
                    .forEach(profile -> ids.add(service.create(profile, "HTQT", loader).id()));
        }
        return ids;
    }

    /** Primary-key reads of the expert row straight over JDBC: what the gateway's read costs without HTTP, JSON and security. */
    private static double jdbcBaseline(EmbeddedPostgresServer postgres, List<UUID> ids, int seconds) throws Exception {
        LongAdder reads = new LongAdder();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password());
                     PreparedStatement s = c.prepareStatement("SELECT * FROM expert WHERE id = ?")) {
                    while (System.nanoTime() < end) {
                        s.setObject(1, ids.get(ThreadLocalRandom.current().nextInt(ids.size())));
                        try (ResultSet rs = s.executeQuery()) {
                            while (rs.next()) {
                                rs.getString("full_name");
                                rs.getString("affiliations");
                            }
                        }
                        reads.increment();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return reads.sum() / (double) seconds;
    }
}
