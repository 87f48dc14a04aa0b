package vn.ngoaivu.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;

import vn.ngoaivu.simulator.documents.DocumentArchive;
import vn.ngoaivu.simulator.documents.DocumentSystemResponder;
import vn.ngoaivu.simulator.documents.SampleDocument;
import vn.ngoaivu.simulator.documents.SampleDocuments;
import vn.ngoaivu.simulator.http.BearerTokenFilter;
import vn.ngoaivu.simulator.portal.DossierStatusAdmin;
import vn.ngoaivu.simulator.portal.DossierStore;
import vn.ngoaivu.simulator.portal.PortalResponder;
import vn.ngoaivu.simulator.portal.SampleDossiers;
import vn.ngoaivu.simulator.pki.TestPki;

/**
 * A SIMULATOR of the two national systems the platform links to (docs/national-systems.md), on WireMock, for local
 * use and tests. NEVER FOR PRODUCTION: made-up data, documents signed by a test CA, one static token.
 *
 * <ul>
 * <li>{@code http://127.0.0.1:PORT/document-system}: the electronic document system (sample documents of
 * {@link SampleDocuments}, PDFs signed at start-up by a fresh {@link TestPki});</li>
 * <li>{@code http://127.0.0.1:PORT/public-service-portal}: the online public-service portal ({@link SampleDossiers});</li>
 * <li>{@code POST http://127.0.0.1:PORT/__simulator/dossiers/{code}/status} {@code {"status":"completed"}}: changes a
 * dossier now (no token: the simulator's own control, bound to 127.0.0.1);</li>
 * <li>{@code GET http://127.0.0.1:PORT/__simulator/health}: who answers (no token).</li>
 * </ul>
 * Both systems answer 401 without {@code Authorization: Bearer <token>}. The built-in routes have priority
 * {@value #ROUTE_PRIORITY}: a test can put a stub of WireMock's default priority in front of them
 * ({@link #wireMock()}, e.g. a delay or a connection reset); remove it with {@code removeStub}, not with a reset,
 * which would also remove the built-in routes.
 *
 * <pre>
 * java -Xmx128m -cp ... vn.ngoaivu.simulator.NationalSystemsSimulator [--port=8095] [--token=T] [--ca-cert=PATH]
 * </pre>
 */
public final class NationalSystemsSimulator implements AutoCloseable {

    public static final String DOCUMENT_SYSTEM_PATH = "/document-system";
    public static final String PORTAL_PATH = "/public-service-portal";
    public static final String ADMIN_PATH = "/__simulator";
    public static final String READY_PREFIX = "SIMULATOR READY ";
    /** Answers {@code {"simulator":"ngoaivu-national-systems"}} without a token: how start.sh knows it is us. */
    public static final String HEALTH_PATH = ADMIN_PATH + "/health";
    public static final String HEALTH_NAME = "ngoaivu-national-systems";
    /** Lower than WireMock's default (5): stubs added by tests win. */
    public static final int ROUTE_PRIORITY = 10;

    private final WireMockServer server;
    private final SimulatorSettings settings;
    private final TestPki pki;
    private final DocumentArchive documents;
    private final DossierStore dossiers;

    private NationalSystemsSimulator(WireMockServer server, SimulatorSettings settings, TestPki pki,
                                     DocumentArchive documents, DossierStore dossiers) {
        this.server = server;
        this.settings = settings;
        this.pki = pki;
        this.documents = documents;
        this.dossiers = dossiers;
    }

    /** Starts with a freshly generated test PKI. */
    public static NationalSystemsSimulator start(SimulatorSettings settings) {
        return start(settings, TestPki.generate());
    }

    /** Starts with the given test PKI (a test that also signs PDFs itself can share one). */
    public static NationalSystemsSimulator start(SimulatorSettings settings, TestPki pki) {
        return start(settings, pki, SampleDocuments.all());
    }

    /** Starts serving {@code samples} (signed at start) instead of the built-in sample documents: load tests, fault tests. */
    public static NationalSystemsSimulator start(SimulatorSettings settings, TestPki pki, List<SampleDocument> samples) {
        DocumentArchive documents = new DocumentArchive(samples, pki);
        DossierStore dossiers = new DossierStore(SampleDossiers.all());
        WireMockServer server = new WireMockServer(options()
                .bindAddress("127.0.0.1")
                .port(settings.port())
                .maxRequestJournalEntries(1000)
                .notifier(new ConsoleNotifier(false))
                .extensions(
                        new BearerTokenFilter(settings.token(), List.of(DOCUMENT_SYSTEM_PATH, PORTAL_PATH)),
                        new DocumentSystemResponder(DOCUMENT_SYSTEM_PATH, documents),
                        new PortalResponder(PORTAL_PATH, dossiers),
                        new DossierStatusAdmin(ADMIN_PATH, dossiers, Clock.systemUTC())));
        server.stubFor(get(urlPathMatching(DOCUMENT_SYSTEM_PATH + "/.*")).atPriority(ROUTE_PRIORITY)
                .willReturn(aResponse().withTransformers(DocumentSystemResponder.NAME)));
        server.stubFor(get(urlPathMatching(PORTAL_PATH + "/.*")).atPriority(ROUTE_PRIORITY)
                .willReturn(aResponse().withTransformers(PortalResponder.NAME)));
        server.stubFor(get(urlEqualTo(HEALTH_PATH)).atPriority(ROUTE_PRIORITY)
                .willReturn(okJson("{\"simulator\":\"" + HEALTH_NAME + "\"}")));
        server.stubFor(post(urlPathMatching(ADMIN_PATH + "/.*")).atPriority(ROUTE_PRIORITY)
                .willReturn(aResponse().withTransformers(DossierStatusAdmin.NAME)));
        server.start();
        settings.trustedCaCertificate().ifPresent(pki::writeTrustedCaPem);
        return new NationalSystemsSimulator(server, settings, pki, documents, dossiers);
    }

    public static void main(String[] args) throws InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        SimulatorSettings settings;
        try {
            settings = SimulatorSettings.fromArgs(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("ngoaivu-simulator: " + e.getMessage());
            System.err.println("usage: NationalSystemsSimulator [--port=" + SimulatorSettings.DEFAULT_PORT
                    + "] [--token=T] [--ca-cert=PATH]   (token also from " + SimulatorSettings.TOKEN_ENVIRONMENT_VARIABLE + ")");
            System.exit(2);
            return;
        }
        NationalSystemsSimulator simulator = start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "simulator-shutdown"));
        out.println("ngoaivu-simulator: SIMULATOR of the national systems, test data only, NEVER FOR PRODUCTION");
        out.println("  document system:       " + simulator.documentSystemUrl());
        out.println("  public-service portal: " + simulator.portalUrl());
        out.println("  bearer token:          " + settings.token());
        out.println("  test CA certificate:   "
                + settings.trustedCaCertificate().map(Object::toString).orElse("(not written: no --ca-cert)"));
        out.println(READY_PREFIX + simulator.baseUrl());
        stopped.await();
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The document system's base URL, what the platform is configured with. */
    public String documentSystemUrl() {
        return baseUrl() + DOCUMENT_SYSTEM_PATH;
    }

    /** The portal's base URL, what the platform is configured with. */
    public String portalUrl() {
        return baseUrl() + PORTAL_PATH;
    }

    public int port() {
        return server.port();
    }

    public String token() {
        return settings.token();
    }

    public TestPki pki() {
        return pki;
    }

    public DocumentArchive documents() {
        return documents;
    }

    public DossierStore dossiers() {
        return dossiers;
    }

    /** The WireMock server, for stubs in front of the built-in routes and for checking what was requested. */
    public WireMockServer wireMock() {
        return server;
    }

    @Override
    public void close() {
        server.stop();
    }
}
