package vn.ngoaivu.gateway;

import io.helidon.common.Weighted;
import io.helidon.config.Config;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Metrics;
import io.helidon.spi.HelidonShutdownHandler;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;
import io.helidon.webserver.staticcontent.StaticContentFeature;
import vn.ngoaivu.gateway.config.PlatformSettings;
import vn.ngoaivu.gateway.http.Endpoint;
import vn.ngoaivu.gateway.http.JsonBodies;
import vn.ngoaivu.gateway.http.ProblemRenderer;
import vn.ngoaivu.gateway.http.ProblemResponses;
import vn.ngoaivu.gateway.http.RequestId;
import vn.ngoaivu.gateway.http.RouteTable;
import vn.ngoaivu.gateway.http.TransportProblems;
import vn.ngoaivu.gateway.observe.DatabaseObservers;
import vn.ngoaivu.gateway.observe.RequestObserver;
import vn.ngoaivu.gateway.openapi.OpenApiDocument;
import vn.ngoaivu.gateway.openapi.OpenApiRoutes;
import io.helidon.webserver.cors.CorsFeature;
import vn.ngoaivu.gateway.admin.PersonalDataAccessRoutes;
import vn.ngoaivu.gateway.linkeddata.DefinitionRoutes;
import vn.ngoaivu.gateway.linkeddata.SparqlRoutes;
import vn.ngoaivu.opendata.sparql.PublishedStore;
import vn.ngoaivu.opendata.sparql.SparqlService;
import vn.ngoaivu.gateway.security.Access;
import vn.ngoaivu.gateway.security.BearerAuthentication;
import vn.ngoaivu.gateway.security.CachingTokenVerifier;
import vn.ngoaivu.gateway.security.ConcurrencyLimit;
import vn.ngoaivu.gateway.security.JwksTokenVerifier;
import vn.ngoaivu.gateway.security.PathAccess;
import vn.ngoaivu.gateway.security.RateLimiter;
import vn.ngoaivu.gateway.security.Role;
import vn.ngoaivu.gateway.security.SecurityHeaders;
import vn.ngoaivu.gateway.security.TokenVerifier;
import vn.ngoaivu.ontology.Ontology;
import org.hibernate.SessionFactory;
import vn.ngoaivu.gateway.opendata.OpenDataSite;
import vn.ngoaivu.gateway.registry.DocumentRoutes;
import vn.ngoaivu.gateway.registry.ExpertRoutes;
import vn.ngoaivu.gateway.registry.PortalCallbackRoutes;
import vn.ngoaivu.gateway.registry.RecordRoutes;
import vn.ngoaivu.gateway.registry.RecordSheetRoutes;
import vn.ngoaivu.registry.record.sheet.RecordImport;
import vn.ngoaivu.registry.record.sheet.RecordSheetReader;
import vn.ngoaivu.registry.record.sheet.RecordSheetTemplate;
import vn.ngoaivu.registry.document.DocumentCitations;
import vn.ngoaivu.registry.document.DocumentReferences;
import vn.ngoaivu.registry.record.RecordSearch;
import vn.ngoaivu.registry.record.RecordService;
import vn.ngoaivu.registry.record.RecordValidator;
import vn.ngoaivu.gateway.registry.ExpertSheetRoutes;
import vn.ngoaivu.registry.expert.sheet.ExpertImport;
import vn.ngoaivu.registry.expert.sheet.ExpertSheetReader;
import vn.ngoaivu.registry.expert.sheet.ExpertSheetTemplate;
import vn.ngoaivu.gateway.security.PersonalDataReads;
import vn.ngoaivu.registry.RegistryPersistence;
import vn.ngoaivu.registry.audit.AuditTrail;
import vn.ngoaivu.registry.audit.PersonalDataAccessLog;
import vn.ngoaivu.registry.expert.ExpertSearch;
import vn.ngoaivu.registry.expert.ExpertService;
import vn.ngoaivu.registry.search.SearchIndexMaintenance;
import vn.ngoaivu.registry.search.SearchSettings;
import vn.ngoaivu.gateway.admin.SearchIndexRoutes;
import vn.ngoaivu.gateway.observe.SearchObservers;
import vn.ngoaivu.gateway.registry.ExpertSearchRoutes;
import vn.ngoaivu.registry.expert.ExpertValidator;
import vn.ngoaivu.registry.db.Database;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The running platform: wires the stores, the route table and the web server together, explicitly,
 * in one place. {@link #close()} stops them in reverse order: web server first, then the database.
 */
public final class Platform implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Platform.class.getName());

    /** Paths that Helidon's observe feature serves (documented in the OpenAPI document too). */
    public static final List<String> OBSERVE_PATHS = List.of(
            "/observe/health", "/observe/health/live", "/observe/health/ready", "/observe/metrics");
    public static final String SWAGGER_UI_PATH = "/openapi/ui";
    /** The OpenAPI fragment of each capability, merged in this order. */
    static final List<String> OPENAPI_FRAGMENTS = List.of(
            "openapi/platform.yaml", "openapi/access.yaml", "openapi/experts.yaml", "openapi/search.yaml", "openapi/records.yaml",
            "openapi/record-sheets.yaml", "openapi/definitions.yaml", "openapi/sparql.yaml", "openapi/opendata.yaml");

    private final Database database;
    private final SessionFactory sessions;
    private final PersonalDataAccessLog accessLog;
    private final WebServer server;
    private final RouteTable routes;
    private final OpenApiDocument openApi;

    private final SearchIndexMaintenance searchIndex;
    private final NationalLinks links;
    private final ExpertSearch search;
    private final PublishedStore published;
    private final OpenDataSite openData;

    private Platform(Database database, SessionFactory sessions, SearchIndexMaintenance searchIndex, NationalLinks links,
                     ExpertSearch search, PersonalDataAccessLog accessLog, WebServer server, RouteTable routes,
                     OpenApiDocument openApi, PublishedStore published, OpenDataSite openData) {
        this.database = database;
        this.sessions = sessions;
        this.searchIndex = searchIndex;
        this.links = links;
        this.search = search;
        this.accessLog = accessLog;
        this.server = server;
        this.routes = routes;
        this.openApi = openApi;
        this.published = published;
        this.openData = openData;
    }

    /**
     * Starts everything.
     *
     * @param config   the whole configuration (Helidon reads its {@code server} tree from it)
     * @param settings the validated platform settings read from the same configuration
     */
    public static Platform start(Config config, PlatformSettings settings) {
        return start(config, settings, database -> List.of());
    }

    /** As {@link #start(Config, PlatformSettings)}, with extra routes that tests use to reach paths no API route reaches yet. */
    static Platform start(Config config, PlatformSettings settings, Function<Database, List<Endpoint>> extraEndpoints) {
        long started = System.nanoTime();
        BuildInfo build = BuildInfo.load();
        String version = build.version();
        Database database = Database.open(settings.database());
        SessionFactory sessions = null;
        SearchIndexMaintenance searchIndex = null;
        NationalLinks links = null;
        PublishedStore published = null;
        OpenDataSite openData = null;
        try {
            Ontology ontology = Ontology.load(settings.baseUri().toString());
            sessions = RegistryPersistence.sessionFactory(database.dataSource(), settings.search(), ontology.schemes());
            searchIndex = new SearchIndexMaintenance(sessions, settings.search(), Clock.systemUTC()).start();
            MeterRegistry meters = Metrics.globalRegistry();
            links = NationalLinks.start(settings.national(), sessions, meters, Clock.systemUTC());
            JsonBodies json = new JsonBodies(JsonBodies.newMapper());
            ProblemRenderer problems = new ProblemRenderer(json.mapper());
            published = PublishedStore.open(settings.sparql().directory());
            SparqlService sparql = new SparqlService(published, settings.sparql().queryTimeout(), settings.sparql().resultLimit());
            OpenApiDocument openApi = OpenApiDocument.build(OPENAPI_FRAGMENTS, version);

            PersonalDataAccessLog accessLog = new PersonalDataAccessLog(database.dataSource());
            ExpertService experts = new ExpertService(sessions, new ExpertValidator(ontology.schemes()), new AuditTrail(),
                    Clock.systemUTC());
            ExpertSearch search = new ExpertSearch(sessions, ontology.schemes(), settings.search().queryTimeout(),
                    settings.search().backend() == SearchSettings.Backend.ELASTICSEARCH);
            DocumentReferences documents = new DocumentReferences(sessions, Clock.systemUTC());
            RecordValidator recordValidator = new RecordValidator(ontology.schemes(),
                    new DocumentCitations(ontology.schemes(), Clock.systemUTC()));
            RecordService records = new RecordService(sessions, recordValidator, documents, new AuditTrail(), Clock.systemUTC());
            RecordImport recordImport = new RecordImport(records, new RecordSheetReader(ontology.schemes(), recordValidator),
                    documents);
            openData = OpenDataSite.create(ontology, settings.department(), database.dataSource(),
                    settings.dataDir().resolve("opendata").resolve("releases"), published, settings.publicationSchedule(),
                    Clock.systemUTC());
            Services services = new Services(settings, version, json, openApi, ontology, accessLog, experts, search,
                    searchIndex, new PersonalDataReads(accessLog, Clock.systemUTC()), records,
                    new RecordSearch(sessions, settings.search().queryTimeout(),
                            settings.search().backend() == SearchSettings.Backend.ELASTICSEARCH), documents, recordImport, links,
                    sparql, openData);
            List<Endpoint> endpoints = new ArrayList<>(apiEndpoints(services));
            endpoints.addAll(extraEndpoints.apply(database));
            RouteTable routes = new RouteTable(endpoints);

            DatabaseObservers.registerPoolGauges(meters, database);
            SearchObservers.registerGauges(meters, searchIndex);

            WebServer server = WebServer.builder()
                    .config(config.get("server"))
                    .featuresDiscoverServices(false)
                    .shutdownHook(false)
                    .directHandlers(new TransportProblems(problems).directHandlers())
                    .addFeature(observe(meters, database))
                    .update(builder -> {
                        if (settings.swaggerUiEnabled()) {
                            builder.addFeature(swaggerUi(build.swaggerUiVersion()));
                        }
                    })
                    .addFeature(CorsFeature.builder().config(config.get("cors")).build())
                    .routing(routing -> routing(routing, settings, routes, new ProblemResponses(problems, routes, readOnlyFeaturePaths()), meters))
                    .build()
                    .start();
            Platform platform = new Platform(database, sessions, searchIndex, links, search, accessLog, server, routes, openApi,
                    published, openData);
            if (settings.demoExperts() > 0) {
                DemoData.loadInBackground(experts, ontology, settings.demoExperts());
            }
            LOG.info(() -> "ngoaivu-platform " + version + " (" + settings.provinceName() + ") ready on http://"
                    + config.get("server.host").asString().orElse("0.0.0.0") + ":" + server.port()
                    + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            return platform;
        } catch (RuntimeException e) {
            if (openData != null) {
                openData.close();
            }
            if (published != null) {
                published.close();
            }
            if (links != null) {
                links.close();
            }
            if (searchIndex != null) {
                searchIndex.close();
            }
            if (sessions != null) {
                sessions.close();
            }
            database.close();
            throw e;
        }
    }

    /** What the route classes are built from. */
    record Services(PlatformSettings settings, String version, JsonBodies json, OpenApiDocument openApi,
                    Ontology ontology, PersonalDataAccessLog accessLog, ExpertService experts, ExpertSearch search,
                    SearchIndexMaintenance searchIndex, PersonalDataReads reads, RecordService records,
                    RecordSearch recordSearch, DocumentReferences documents, RecordImport recordImport, NationalLinks links,
                    SparqlService sparql, OpenDataSite openData) {
    }

    /** The API's route table: what the OpenAPI document must describe, row for row. */
    static List<Endpoint> apiEndpoints(Services s) {
        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.addAll(new PlatformInfoRoutes(s.settings(), s.version(), s.json()).endpoints());
        endpoints.addAll(new MeRoutes(s.json()).endpoints());
        endpoints.addAll(new PersonalDataAccessRoutes(s.accessLog(), s.json()).endpoints());
        endpoints.addAll(new SearchIndexRoutes(s.searchIndex(), s.json()).endpoints());
        endpoints.addAll(new ExpertSearchRoutes(s.search(), s.reads(), s.json()).endpoints());
        endpoints.addAll(new ExpertSheetRoutes(s.experts(),
                new ExpertImport(s.experts(), new ExpertSheetReader(s.ontology().schemes())),
                new ExpertSheetTemplate(s.ontology().schemes()), s.reads(), s.json()).endpoints());
        endpoints.addAll(new ExpertRoutes(s.experts(), s.reads(), s.json(), s.openData()::republishPeopleData).endpoints());
        endpoints.addAll(new RecordSheetRoutes(s.recordImport(), new RecordSheetTemplate(s.ontology().schemes()), s.json()).endpoints());
        endpoints.addAll(new RecordRoutes(s.records(), s.recordSearch(), s.documents(), s.links().dossiers(),
                s.ontology().schemes(), s.json()).endpoints());
        endpoints.addAll(new PortalCallbackRoutes(s.links().callbacks(), s.links().dossiers(), s.json(), Clock.systemUTC())
                .endpoints());
        endpoints.addAll(new DocumentRoutes(s.documents(), s.json()).endpoints());
        endpoints.addAll(s.openData().endpoints(s.json()));
        endpoints.addAll(new OpenApiRoutes(s.openApi()).endpoints());
        endpoints.addAll(new DefinitionRoutes(s.ontology()).endpoints());
        endpoints.addAll(new SparqlRoutes(s.sparql(), s.settings().baseUri().toString()).endpoints());
        return endpoints;
    }

    /** Access rules of the paths that Helidon's features serve; the route table carries the rest. */
    private static final List<PathAccess.Rule> FEATURE_ACCESS = List.of(
            new PathAccess.Rule("/observe/health", Access.anyone()),
            new PathAccess.Rule("/observe/metrics", Access.only(Role.ADMIN).orPartnerWith("metrics:read")),
            new PathAccess.Rule("/observe", Access.only(Role.ADMIN)),
            new PathAccess.Rule(SWAGGER_UI_PATH, Access.anyone()));

    private static List<String> readOnlyFeaturePaths() {
        List<String> paths = new ArrayList<>(OBSERVE_PATHS);
        paths.add(SWAGGER_UI_PATH);
        return paths;
    }

    public static List<PathAccess.Rule> featureAccessRules() {
        return FEATURE_ACCESS;
    }

    /**
     * Filters in the order they run: request id, then access log and metrics see every request, including
     * refused ones; then security headers, the concurrency cap, authentication, quotas, and the access
     * rules of feature paths (route-table rows check their own rule).
     */
    private static void routing(HttpRouting.Builder routing, PlatformSettings settings, RouteTable routes,
                                ProblemResponses problems, MeterRegistry meters) {
        Optional<TokenVerifier> verifier = settings.oidc().map(oidc ->
                new CachingTokenVerifier(new JwksTokenVerifier(oidc), Clock.systemUTC(), 10_000));
        routing.addFilter(RequestId.filter())
                .addFilter(new RequestObserver(meters))
                .addFilter(new SecurityHeaders(settings.hsts()))
                .addFilter(new ConcurrencyLimit(settings.rateLimits().maxConcurrent()))
                .addFilter(new BearerAuthentication(verifier))
                .addFilter(new RateLimiter(settings.rateLimits(), System::nanoTime))
                .addFilter(new PathAccess(FEATURE_ACCESS));
        problems.register(routing);
        routes.register(routing);
    }

    private static ObserveFeature observe(MeterRegistry meters, Database database) {
        return ObserveFeature.builder()
                .observersDiscoverServices(false)
                .addObserver(HealthObserver.builder()
                        .useSystemServices(false)
                        .details(true)
                        .addCheck(DatabaseObservers.readiness(database))
                        .build())
                .addObserver(MetricsObserver.builder().meterRegistry(meters).build())
                .build();
    }

    private static StaticContentFeature swaggerUi(String webjarVersion) {
        return StaticContentFeature.builder()
                .addClasspath(cp -> cp.location("swagger-ui").context(SWAGGER_UI_PATH).welcome("index.html"))
                .addClasspath(cp -> cp.location("META-INF/resources/webjars/swagger-ui/" + webjarVersion)
                        .context(SWAGGER_UI_PATH))
                .build();
    }

    public int port() {
        return server.port();
    }

    public RouteTable routes() {
        return routes;
    }

    public OpenApiDocument openApi() {
        return openApi;
    }

    /** The search the routes use, for benchmarks that compare it with the same query over HTTP. */
    ExpertSearch expertSearch() {
        return search;
    }

    NationalLinks links() {
        return links;
    }

    SearchIndexMaintenance searchIndex() {
        return searchIndex;
    }

    /** The published open data that /sparql queries, for tests and benchmarks that publish into it. */
    PublishedStore publishedStore() {
        return published;
    }

    /** Stops the platform as part of the JVM's shutdown (Ctrl-C, SIGTERM), before Helidon's own handlers. */
    public HelidonShutdownHandler shutdownHandler() {
        return new ShutdownOnSignal(this);
    }

    @Override
    public void close() {
        server.stop();
        openData.close();
        links.close();
        accessLog.close();
        searchIndex.close();
        sessions.close();
        database.close();
        published.close();
        LOG.info("ngoaivu-platform stopped");
    }

    private record ShutdownOnSignal(Platform platform) implements HelidonShutdownHandler, Weighted {
        @Override
        public void shutdown() {
            platform.close();
        }

        @Override
        public double weight() {
            return 10_000;
        }
    }
}
