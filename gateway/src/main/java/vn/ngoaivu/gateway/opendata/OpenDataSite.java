package vn.ngoaivu.gateway.opendata;

import vn.ngoaivu.gateway.http.Endpoint;
import vn.ngoaivu.gateway.http.JsonBodies;
import vn.ngoaivu.ontology.Ontology;
import vn.ngoaivu.opendata.catalog.DcatCatalog;
import vn.ngoaivu.opendata.catalog.DcatValidator;
import vn.ngoaivu.opendata.catalog.ReleaseValidator;
import vn.ngoaivu.opendata.dataset.DatasetDefinitions;
import vn.ngoaivu.opendata.dataset.Department;
import vn.ngoaivu.opendata.dataset.SourceContext;
import vn.ngoaivu.opendata.privacy.PublicationGate;
import vn.ngoaivu.opendata.publish.DownloadCounts;
import vn.ngoaivu.opendata.publish.OpenData;
import vn.ngoaivu.opendata.publish.PublicationSchedule;
import vn.ngoaivu.opendata.release.Prefixes;
import vn.ngoaivu.opendata.release.ReleaseStore;
import vn.ngoaivu.opendata.release.ReleaseUrls;
import vn.ngoaivu.opendata.sparql.PublishedStore;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The public open-data site of an instance: the datasets and their releases ({@link OpenData}), where release files
 * are downloaded from ({@code {base}data/}), and the routes that serve them — JSON API, downloads, the DCAT catalog,
 * Linked Data documents and the CKAN subset.
 */
public final class OpenDataSite implements AutoCloseable {

    /** SHACL validation of a release, this many resources at a time (constant memory). */
    private static final int VALIDATION_CHUNK = 500;

    private final OpenData openData;
    private final Department department;
    private final ReleaseUrls urls;
    private final DownloadCounts counts;
    private final Optional<PublicationSchedule> schedule;

    private OpenDataSite(OpenData openData, Department department, ReleaseUrls urls, DownloadCounts counts,
                         Optional<PublicationSchedule> schedule) {
        this.openData = openData;
        this.department = department;
        this.urls = urls;
        this.counts = counts;
        this.schedule = schedule;
    }

    /**
     * @param releaseRoot where release files are kept ({@code {data-dir}/opendata/releases})
     * @param schedule    how often to publish what the datasets' update frequencies make due; empty: by hand only
     */
    public static OpenDataSite create(Ontology ontology, Department department, DataSource dataSource, Path releaseRoot,
                                      PublishedStore published, Optional<Duration> schedule, Clock clock) {
        ReleaseUrls urls = new ReleaseUrls(department.baseUri() + "data/");
        OpenData openData = new OpenData(new DatasetDefinitions(ontology).all(),
                new SourceContext(dataSource, ontology, department), new PublicationGate(dataSource),
                new ReleaseValidator(ontology.validator(), VALIDATION_CHUNK),
                new ReleaseStore(releaseRoot, Prefixes.of(ontology), urls, clock), published,
                new DcatCatalog(ontology, department, urls), new DcatValidator(), clock);
        return new OpenDataSite(openData, department, urls, new DownloadCounts(dataSource),
                schedule.map(interval -> new PublicationSchedule(openData, clock).start(interval)));
    }

    public OpenData openData() {
        return openData;
    }

    @Override
    public void close() {
        schedule.ifPresent(PublicationSchedule::close);
    }

    public List<Endpoint> endpoints(JsonBodies json) {
        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.addAll(new OpenDataRoutes(openData, new DatasetJson(openData, urls, counts), json).endpoints());
        endpoints.addAll(new DownloadRoutes(openData, counts).endpoints());
        endpoints.addAll(new CatalogRoutes(openData, department, urls).endpoints());
        endpoints.addAll(new ResourceRoutes(openData, department.baseUri()).endpoints());
        endpoints.addAll(new CkanRoutes(openData, department, urls, json).endpoints());
        return endpoints;
    }
}
