package vn.ngoaivu.gateway.config;


import io.helidon.config.Config;
import vn.ngoaivu.gateway.security.OidcSettings;
import vn.ngoaivu.gateway.security.RateLimitSettings;
import vn.ngoaivu.opendata.dataset.Department;
import vn.ngoaivu.opendata.sparql.SparqlSettings;
import vn.ngoaivu.registry.db.DatabaseSettings;
import vn.ngoaivu.registry.search.SearchSettings;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The platform's own settings (the {@code platform} tree of the configuration), read and validated
 * once at start-up. Helidon reads its {@code server} tree itself. Keys are listed in docs/configuration.md.
 *
 * @param provinceCode  the province's code, used in identifiers
 * @param provinceName  the province's name, as shown to people
 * @param baseUri       public base URI of this instance's Linked Data and API
 * @param dataDir       where embedded stores keep their files
 * @param production    production mode: no Swagger UI, no demo data
 * @param jsonLogs      write logs as one JSON object per line
 * @param database      how to reach PostgreSQL
 * @param oidc          the identity provider whose tokens are accepted; empty: none configured (fail closed)
 * @param rateLimits    quotas per caller and the concurrency cap
 * @param hsts          send Strict-Transport-Security (the instance is served over HTTPS)
 * @param demoExperts   fictional experts to load into an empty registry (demo mode; 0 in production)
 * @param search        where the full-text index lives (Lucene on local disk, or an Elasticsearch/OpenSearch cluster)
 * @param national      how the national systems (documents, public services) are reached
 * @param sparql        the SPARQL endpoint's store of published data, query timeout and result limit
 * @param department    the publisher of the open data
 * @param publicationSchedule how often to look for datasets whose update frequency makes a release due; empty: off
 */
public record PlatformSettings(
        String provinceCode,
        String provinceName,
        URI baseUri,
        Path dataDir,
        boolean production,
        boolean jsonLogs,
        DatabaseSettings database,
        Optional<OidcSettings> oidc,
        RateLimitSettings rateLimits,
        boolean hsts,
        int demoExperts,
        SearchSettings search,
        NationalSettings national,
        SparqlSettings sparql,
        Department department,
        Optional<Duration> publicationSchedule) {

    /** Reads the settings; throws {@link InvalidSettingException} naming the first bad key. */
    public static PlatformSettings from(Config config) {
        SettingsReader read = new SettingsReader(config);
        validateServer(read);
        Path dataDir = read.path("platform.data-dir", "data");
        Optional<String> jdbcUrl = read.optionalString("platform.database.url");
        jdbcUrl.filter(url -> !url.startsWith("jdbc:postgresql:")).ifPresent(url -> {
            throw new InvalidSettingException("platform.database.url",
                    "expected a PostgreSQL JDBC URL (jdbc:postgresql://host:5432/db), or nothing for the embedded database");
        });
        DatabaseSettings database = new DatabaseSettings(
                jdbcUrl,
                read.string("platform.database.user", ""),
                read.string("platform.database.password", ""),
                dataDir,
                read.integer("platform.database.embedded-port", 0, 0, 65535),
                read.integer("platform.database.pool-size", 10, 1, 200),
                connectTimeout(read));
        SecuritySettingsReader security = new SecuritySettingsReader(config, read);
        String provinceCode = read.requiredString("platform.province.code");
        String provinceName = read.requiredString("platform.province.name");
        URI baseUri = read.baseUri("platform.base-uri", "http://localhost:8080/");
        boolean production = read.bool("platform.production", false);
        return new PlatformSettings(
                provinceCode,
                provinceName,
                baseUri,
                dataDir,
                production,
                read.oneOf("platform.logging.format", "text", Set.of("text", "json")).equals("json"),
                database,
                security.oidc(),
                security.rateLimits(),
                read.bool("platform.security.hsts", false),
                demoExperts(read),
                search(read, dataDir),
                NationalSettings.read(read),
                sparql(read, dataDir),
                DepartmentSettings.read(read, provinceCode, provinceName, baseUri.toString(), production),
                read.bool("platform.opendata.schedule", true)
                        ? Optional.of(read.duration("platform.opendata.schedule-interval", Duration.ofHours(1)))
                        : Optional.empty());
    }

    private static SearchSettings search(SettingsReader read, Path dataDir) {
        SearchSettings.Backend backend = read.oneOf("platform.search.backend", "lucene", Set.of("lucene", "elasticsearch"))
                .equals("lucene") ? SearchSettings.Backend.LUCENE : SearchSettings.Backend.ELASTICSEARCH;
        List<URI> hosts = new ArrayList<>();
        for (String host : read.string("platform.search.elasticsearch.hosts", "").split(",")) {
            if (!host.isBlank()) {
                URI uri = URI.create(host.strip());
                if (uri.getHost() == null || !Set.of("http", "https").contains(uri.getScheme())) {
                    throw new InvalidSettingException("platform.search.elasticsearch.hosts",
                            "expected http(s)://host:port[,...], got " + host.strip());
                }
                hosts.add(uri);
            }
        }
        if (backend == SearchSettings.Backend.ELASTICSEARCH && hosts.isEmpty()) {
            throw new InvalidSettingException("platform.search.elasticsearch.hosts",
                    "the elasticsearch backend needs at least one host, e.g. http://127.0.0.1:9200");
        }
        String version = read.string("platform.search.elasticsearch.version", "opensearch:3.4");
        if (!version.matches("(opensearch:)?[0-9]+(\\.[0-9]+){0,2}")) {
            throw new InvalidSettingException("platform.search.elasticsearch.version",
                    "expected an Elasticsearch version (9, 8.15) or opensearch:VERSION (opensearch:3.4), got " + version);
        }
        return new SearchSettings(backend, read.path("platform.search.lucene.directory", dataDir.resolve("search").toString()),
                hosts, read.optionalString("platform.search.elasticsearch.username"),
                read.optionalString("platform.search.elasticsearch.password"), version,
                read.duration("platform.search.polling-interval", SearchSettings.DEFAULT_POLLING_INTERVAL),
                read.duration("platform.search.retry-delay", SearchSettings.DEFAULT_RETRY_DELAY),
                read.duration("platform.search.query-timeout", SearchSettings.DEFAULT_QUERY_TIMEOUT));
    }

    private static SparqlSettings sparql(SettingsReader read, Path dataDir) {
        SparqlSettings defaults = SparqlSettings.under(dataDir);
        return new SparqlSettings(read.path("platform.sparql.directory", defaults.directory().toString()),
                read.duration("platform.sparql.query-timeout", defaults.queryTimeout()),
                read.integer("platform.sparql.result-limit", defaults.resultLimit(), 1, 1_000_000));
    }

    private static int demoExperts(SettingsReader read) {
        int count = read.integer("platform.demo.experts", 0, 0, 1_000_000);
        if (count > 0 && read.bool("platform.production", false)) {
            throw new InvalidSettingException("platform.demo.experts", "demo data is refused in production mode");
        }
        return count;
    }

    /** HikariCP refuses connection timeouts under 250 ms. */
    private static Duration connectTimeout(SettingsReader read) {
        Duration timeout = read.duration("platform.database.connect-timeout", Duration.ofSeconds(5));
        if (timeout.toMillis() < 250) {
            throw new InvalidSettingException("platform.database.connect-timeout", "at least PT0.25S, got " + timeout);
        }
        return timeout;
    }

    /** Helidon would fail on these later with a less helpful message, or silently use a default. */
    private static void validateServer(SettingsReader read) {
        read.integer("server.port", 8080, 0, 65535);
        read.size("server.max-payload-size", 10_485_760, 1);
    }

    public boolean swaggerUiEnabled() {
        return !production;
    }
}
