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

    private static final System.Logger LOG = System.getLogger(OpenDataSite.class.getName());
    /** SHACL validation of a release, this many resources at a time (constant memory). */
    private static final int VALIDATION_CHUNK = 500;

    private final OpenData openData;
    private final Department department;
    private final ReleaseUrls urls;
    private final DownloadCounts counts;
    private final Optional<PublicationSchedule> schedule;
    /** Store reconciliation at start and republications people's choices require, one at a time, off the requests. */
    private final java.util.concurrent.atomic.AtomicBoolean republishQueued = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.ExecutorService background = java.util.concurrent.Executors.newSingleThreadExecutor(
            runnable -> {
                Thread thread = new Thread(runnable, "opendata-background");
                thread.setDaemon(true);
                return thread;
            });

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
        OpenDataSite site = new OpenDataSite(openData, department, urls, new DownloadCounts(dataSource),
                schedule.map(interval -> new PublicationSchedule(openData, clock).start(interval)));
        site.background.submit(() -> log("reconciled the SPARQL store", openData::reconcileStore));
        return site;
    }

    /**
     * Publishes again, soon, every published dataset about people: called when someone withdraws consent to the
     * public directory or is erased, so that they leave the published data now rather than at the next scheduled
     * release (earlier releases of such datasets are not served).
     */
    public void republishPeopleData() {
        if (!republishQueued.compareAndSet(false, true)) {
            return; // one republication already waits: it will see this change too
        }
        background.submit(() -> {
            republishQueued.set(false);
            for (var definition : openData.definitions()) {
                if (definition.aboutPeople() && openData.latest(definition.id()).isPresent()) {
                    log("republished " + definition.id(), () -> openData.publish(definition.id()).number());
                }
            }
        });
    }

    private interface Work {
        int run() throws Exception;
    }

    private static void log(String what, Work work) {
        try {
            int result = work.run();
            LOG.log(System.Logger.Level.INFO, what + " (" + result + ")");
        } catch (Exception e) {
            LOG.log(System.Logger.Level.ERROR, what + " failed", e);
        }
    }

    public OpenData openData() {
        return openData;
    }

    @Override
    public void close() {
        schedule.ifPresent(PublicationSchedule::close);
        background.shutdown();
        try {
            background.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
