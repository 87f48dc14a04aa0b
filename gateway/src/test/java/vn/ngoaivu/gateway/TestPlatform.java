package vn.ngoaivu.gateway;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.http.Method;
import io.helidon.http.Status;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import vn.ngoaivu.gateway.config.PlatformSettings;
import vn.ngoaivu.gateway.http.Endpoint;
import vn.ngoaivu.gateway.http.JsonBodies;
import vn.ngoaivu.gateway.security.Access;
import vn.ngoaivu.opendata.sparql.PublishedStore;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ngoaivu.simulator.NationalSystemsSimulator;
import vn.ngoaivu.simulator.SimulatorSettings;
import java.util.function.Function;
import java.time.Clock;
import vn.ngoaivu.gateway.security.PersonalDataReads;
import vn.ngoaivu.registry.audit.PersonalDataAccessLog;
import vn.ngoaivu.registry.db.Database;

/**
 * One real platform (embedded PostgreSQL, Helidon on a free port) shared by the gateway's integration
 * tests of a JVM run, stopped when the run ends. Besides the API it serves a few routes under
 * {@code /__test} that reach the error paths no production route reaches yet.
 */
public final class TestPlatform {

    public static final long MAX_PAYLOAD = 64 * 1024;

    /** A partner client with a quota of two requests, for the 429 test. */
    public static final String TINY_QUOTA_CLIENT = "tiny-quota-partner";

    private final Platform platform;
    private final TestIdentities identities;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private TestPlatform(Platform platform, TestIdentities identities) {
        this.platform = platform;
        this.identities = identities;
    }

    /** Gives tests a {@link TestPlatform} parameter; all test classes of the run share one, kept in the root store. */
    public static final class Extension implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == TestPlatform.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(TestPlatform.class, key -> new Running(startPlatform()), Running.class)
                    .platform();
        }
    }

    private record Running(TestPlatform platform) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            platform.platform.close();
            platform.identities.close();
            simulator.close();
        }
    }

    private static TestPlatform startPlatform() {
        try {
            Path dataDir = Files.createTempDirectory(Path.of("target"), "test-data-");
            TestIdentities identities = new TestIdentities();
            Map<String, String> overrides = new HashMap<>(identities.config());
            overrides.put("platform.data-dir", dataDir.toString());
            overrides.put("platform.rate-limit.clients." + TINY_QUOTA_CLIENT + ".per-minute", "1");
            overrides.put("platform.rate-limit.clients." + TINY_QUOTA_CLIENT + ".burst", "2");
            // SparqlRoutesIT's cartesian product should not take the production default of 10 s to time out.
            overrides.put("platform.sparql.query-timeout", "PT2S");
            overrides.putAll(nationalSystems(dataDir));
            overrides.put("platform.opendata.schedule", "false"); // tests publish by hand
            Config config = config(overrides);
            JsonBodies json = new JsonBodies(JsonBodies.newMapper());
            Function<Database, List<Endpoint>> probes = database -> List.of(
                    Endpoint.withJsonBody(Method.POST, "/__test/echo", Access.anyone(),
                            (req, res) -> json.send(res, Status.OK_200, json.read(req))),
                    Endpoint.get("/__test/boom", Access.anyone(), (req, res) -> {
                        throw new IllegalStateException("secret internal detail");
                    }),
                    personalDataRead(database));
            return new TestPlatform(Platform.start(config, PlatformSettings.from(config), probes), identities);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The portal's callback secret in tests. */
    public static final String PORTAL_CALLBACK_SECRET = "test-portal-callback-secret-0123456789";
    private static NationalSystemsSimulator simulator;

    /**
     * The national systems' simulator, started once for the test platform: records link to it. The link jobs run
     * when a test asks ({@link #runLinkRound()}), not in the background.
     */
    private static Map<String, String> nationalSystems(Path dataDir) {
        Path ca = dataDir.resolve("test-ca.pem");
        simulator = NationalSystemsSimulator.start(new SimulatorSettings(0, SimulatorSettings.forTests().token(), Optional.of(ca)));
        return Map.of(
                "platform.national.document-system.base-uri", simulator.documentSystemUrl(),
                "platform.national.document-system.token", simulator.token(),
                "platform.national.document-system.trusted-certificates", ca.toString(),
                "platform.national.portal.base-uri", simulator.portalUrl(),
                "platform.national.portal.token", simulator.token(),
                "platform.national.portal.callback-secret", PORTAL_CALLBACK_SECRET,
                "platform.national.link-interval", "PT1H");
    }

    public NationalSystemsSimulator simulator() {
        return simulator;
    }

    /** The published open data behind /sparql: tests publish their triples into it. */
    public PublishedStore publishedStore() {
        return platform.publishedStore();
    }

    /** One round of the link jobs, now. */
    public void runLinkRound() {
        platform.links().runRound();
    }

    /** A stand-in for a registry read of a person's data: it records the read, then answers. */
    private static Endpoint personalDataRead(Database database) {
        PersonalDataAccessLog log = new PersonalDataAccessLog(database.dataSource());
        PersonalDataReads reads = new PersonalDataReads(log, Clock.systemUTC());
        return Endpoint.get("/__test/person/{id}", Access.staff().orPartnerWith("experts:read"), (req, res) -> {
            reads.record(req, "expert", req.path().pathParameters().get("id"), "read");
            log.flush(); // this stand-in has its own log; the platform's flushes before every query
            res.send("{}");
        });
    }

    /** The built-in configuration with test overrides: a free port and a small body limit. */
    public static Config config(Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>(Map.of(
                "server.port", "0",
                "server.max-payload-size", Long.toString(MAX_PAYLOAD),
                // Tests send thousands of anonymous requests; quotas are tested with their own client.
                "platform.rate-limit.anonymous.per-minute", "1000000",
                "platform.rate-limit.anonymous.burst", "1000000"));
        values.putAll(overrides);
        return Config.builder()
                .sources(ConfigSources.create(values), ConfigSources.classpath("application.yaml"))
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .build();
    }

    public Platform platform() {
        return platform;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + platform.port() + path);
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path));
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<byte[]> sendBytes(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    public TestIdentities identities() {
        return identities;
    }

    /** A GET as the given identity. */
    public HttpResponse<String> get(String path, TestIdentities.Identity identity) {
        HttpRequest.Builder request = request(path).GET();
        String token = identities.token(identity);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }
}
