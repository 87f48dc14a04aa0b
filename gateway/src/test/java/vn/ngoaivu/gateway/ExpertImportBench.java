package vn.ngoaivu.gateway;

import io.helidon.config.Config;
import vn.ngoaivu.gateway.config.PlatformSettings;
import vn.ngoaivu.ontology.Ontology;
import vn.ngoaivu.registry.db.EmbeddedPostgresServer;
import vn.ngoaivu.registry.demo.SyntheticExperts;
import vn.ngoaivu.registry.expert.ExpertProfile;
import vn.ngoaivu.registry.expert.sheet.ExpertSheetRow;
import vn.ngoaivu.registry.expert.sheet.ExpertSheetWriter;
import vn.ngoaivu.registry.sheet.SheetFormat;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * deploy/bench/expert-import.sh: imports N generated profiles from a CSV through the gateway (parse,
 * validate, one transaction and one audit entry per row), next to a raw JDBC baseline that batch-inserts
 * the same rows' main columns into a scratch table, in the same run on the same database.
 */
public final class ExpertImportBench {

    private ExpertImportBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args.length > 0 ? args[0] : "10000");
        Path dir = Files.createTempDirectory(Path.of("target"), "bench-import-");
        Ontology ontology = Ontology.load("http://localhost:8080/");
        Path csv = dir.resolve("experts.csv");
        try (OutputStream out = Files.newOutputStream(csv)) {
            Iterator<ExpertProfile> profiles = SyntheticExperts.thanhHoa(ontology, 7).stream(rows).iterator();
            new ExpertSheetWriter().write(out, SheetFormat.CSV, new Iterator<>() {
                public boolean hasNext() {
                    return profiles.hasNext();
                }

                public ExpertSheetRow next() {
                    return new ExpertSheetRow(Optional.empty(), profiles.next());
                }
            });
        }
        System.out.printf("CSV of %d rows: %d bytes%n", rows, Files.size(csv));
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dir.resolve("server"), 0);
             TestIdentities identities = new TestIdentities()) {
            double baseline = jdbcBaseline(postgres, ontology, rows);
            Map<String, String> overrides = BenchSettings.platform(identities, dir.resolve("platform"), Optional.of(postgres));
            overrides.put("server.max-payload-size", Long.toString(Files.size(csv) + 1024));
            Config config = TestPlatform.config(overrides);
            Platform platform = Platform.start(config, PlatformSettings.from(config));
            try {
                long start = System.nanoTime();
                HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + platform.port() + "/api/v1/experts/import?dry-run=false"))
                        .header("Authorization", "Bearer " + identities.token(TestIdentities.Identity.OFFICER_UNIT_A))
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofFile(csv)).build(), HttpResponse.BodyHandlers.ofString());
                double seconds = (System.nanoTime() - start) / 1e9;
                if (!platform.searchIndex().awaitIndexed(java.time.Duration.ofMinutes(10))) {
                    throw new IllegalStateException("not indexed: " + platform.searchIndex().status());
                }
                double searchable = (System.nanoTime() - start) / 1e9;
                String summary = response.body().substring(0, Math.min(160, response.body().length()));
                System.out.printf("import through the gateway: %d rows in %.1f s = %.0f rows/s (HTTP %d) %s%n",
                        rows, seconds, rows / seconds, response.statusCode(), summary);
                System.out.printf("all %d rows searchable %.1f s after the upload began (search index caught up %.1f s after"
                        + " the import answered)%n", rows, searchable, searchable - seconds);
                System.out.printf("raw JDBC batch insert baseline: %.0f rows/s; gateway import = %.1f%% of it%n",
                        baseline, 100 * (rows / seconds) / baseline);
            } finally {
                platform.close();
            }
        }
    }

    /** The same rows' main columns, batch-inserted with plain JDBC: what storing them costs without the platform. */
    private static double jdbcBaseline(EmbeddedPostgresServer postgres, Ontology ontology, int rows) throws Exception {
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password())) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA bench");
                s.execute("CREATE TABLE bench.baseline (id uuid PRIMARY KEY, external_key text UNIQUE, full_name text, country_code text,"
                        + " organisation text, fields text[], email text)");
            }
            c.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO bench.baseline VALUES (?,?,?,?,?,?,?)")) {
                Iterator<ExpertProfile> profiles = SyntheticExperts.thanhHoa(ontology, 7).stream(rows).iterator();
                int n = 0;
                while (profiles.hasNext()) {
                    ExpertProfile p = profiles.next();
                    s.setObject(1, UUID.randomUUID());
                    s.setString(2, p.externalKey().orElse(null));
                    s.setString(3, p.fullName());
                    s.setString(4, p.countryCode());
                    s.setString(5, p.organisation().orElse(null));
                    s.setArray(6, c.createArrayOf("text", p.fields().toArray()));
                    s.setString(7, p.email().orElse(null));
                    s.addBatch();
                    if (++n % 1000 == 0) {
                        s.executeBatch();
                        c.commit();
                    }
                }
                s.executeBatch();
                c.commit();
            }
            return rows / ((System.nanoTime() - start) / 1e9);
        }
    }
}
