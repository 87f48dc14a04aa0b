package vn.ngoaivu.opendata.publish;

import org.apache.jena.rdf.model.Model;
import vn.ngoaivu.ontology.ValidationReport;
import vn.ngoaivu.opendata.catalog.DcatCatalog;
import vn.ngoaivu.opendata.catalog.DcatValidator;
import vn.ngoaivu.opendata.catalog.ReleaseValidator;
import vn.ngoaivu.opendata.dataset.DatasetDefinition;
import vn.ngoaivu.opendata.dataset.SourceContext;
import vn.ngoaivu.opendata.privacy.PublicationGate;
import vn.ngoaivu.opendata.release.DatasetInfo;
import vn.ngoaivu.opendata.release.Distribution;
import vn.ngoaivu.opendata.release.DistributionFormat;
import vn.ngoaivu.opendata.release.Release;
import vn.ngoaivu.opendata.release.ReleaseSource;
import vn.ngoaivu.opendata.release.ReleaseStore;
import vn.ngoaivu.opendata.release.StoredDistribution;
import vn.ngoaivu.opendata.sparql.PublishedStore;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

import java.io.IOException;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The open-data side of an instance: its datasets, their releases, the DCAT-AP catalog of both, and publication.
 * Publishing a dataset passes both gates before anything is written — the privacy gate (consent, personal fields,
 * small cells) and the quality gate (the ontology's SHACL shapes over the release, the official DCAT-AP shapes over
 * the catalog with the new release in it) — then writes the release's files and loads its triples for SPARQL and
 * Linked Data. A blocked publication writes nothing.
 */
public final class OpenData {

    private final List<DatasetDefinition> definitions;
    private final SourceContext context;
    private final PublicationGate privacy;
    private final ReleaseValidator quality;
    private final ReleaseStore releases;
    private final PublishedStore published;
    private final DcatCatalog catalog;
    private final DcatValidator dcat;
    private final Clock clock;
    private volatile Model catalogModel;
    /** Incremented by every publication: a catalog built from an older state is not kept. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    public OpenData(List<DatasetDefinition> definitions, SourceContext context, PublicationGate privacy,
                    ReleaseValidator quality, ReleaseStore releases, PublishedStore published, DcatCatalog catalog,
                    DcatValidator dcat, Clock clock) {
        this.definitions = List.copyOf(definitions);
        this.context = context;
        this.privacy = privacy;
        this.quality = quality;
        this.releases = releases;
        this.published = published;
        this.catalog = catalog;
        this.dcat = dcat;
        this.clock = clock;
    }

    public List<DatasetDefinition> definitions() {
        return definitions;
    }

    public Optional<DatasetDefinition> definition(String id) {
        return definitions.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** A dataset's releases, oldest first. */
    public List<Release> releases(String datasetId) {
        try {
            List<Release> out = new ArrayList<>();
            for (int number : releases.numbers(datasetId)) {
                releases.release(datasetId, number).ifPresent(out::add);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Release> latest(String datasetId) {
        try {
            return releases.latest(datasetId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Release> release(String datasetId, int number) {
        try {
            return releases.release(datasetId, number);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of a release. */
    public Optional<StoredDistribution> file(String datasetId, int number, DistributionFormat format) {
        try {
            return releases.file(datasetId, number, format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The DCAT-AP catalog of every dataset and release, rebuilt after each publication. */
    public Model catalog() {
        Model model = catalogModel;
        if (model == null) {
            long seen = generation.get();
            model = catalogOf(allReleases());
            if (generation.get() == seen) {
                catalogModel = model;
            }
        }
        return model;
    }

    /** The catalog of the datasets {@code from} (inclusive) to {@code to} (exclusive) only: one page of a large catalog. */
    public Model catalogPage(int from, int to) {
        List<DatasetDefinition> page = definitions.subList(Math.min(from, definitions.size()), Math.min(to, definitions.size()));
        List<Release> own = new ArrayList<>();
        page.forEach(d -> own.addAll(releases(d.id())));
        return catalog.build(page, own);
    }

    public DcatCatalog catalogIris() {
        return catalog;
    }

    /** What the published data says of a resource (empty model: nothing published names it). */
    public Model describe(String iri) {
        return published.describe(iri);
    }

    /**
     * Publishes the dataset's next release.
     *
     * @throws vn.ngoaivu.opendata.privacy.PublicationBlocked when the privacy gate refuses it
     * @throws QualityBlocked                                  when a SHACL shape is violated
     */
    public synchronized Release publish(String datasetId) throws IOException {
        DatasetDefinition definition = definition(datasetId).orElseThrow(() -> new IllegalArgumentException(datasetId));
        ReleaseSource source = definition.source().open(context);
        privacy.requirePublishable(definition, source);
        ValidationReport releaseReport = quality.validate(source);
        if (releaseReport.violationCount() > 0) {
            throw new QualityBlocked(datasetId, "release", releaseReport);
        }
        List<Release> all = allReleases();
        int next = latest(datasetId).map(r -> r.number() + 1).orElse(1);
        ValidationReport catalogReport = dcat.validate(catalogOf(withPreview(all, datasetId, next)));
        if (catalogReport.violationCount() > 0) {
            throw new QualityBlocked(datasetId, "catalog", catalogReport);
        }
        Release release = releases.write(new DatasetInfo(definition.id(), definition.titleVi(), definition.titleEn()), next, source);
        load(release);
        generation.incrementAndGet();
        catalogModel = null;
        return release;
    }

    /**
     * Makes the SPARQL and Linked Data store hold what the release files hold: each dataset's latest release, loaded
     * from its N-Triples file. Run at start-up, so that a store lost, moved or left behind by a crash between
     * writing a release and loading it catches up. Returns how many datasets were loaded.
     */
    public int reconcileStore() {
        int loaded = 0;
        for (DatasetDefinition definition : definitions) {
            Optional<Release> latest = latest(definition.id());
            if (latest.isPresent() && published.currentRelease(definition.id()).orElse(0) != latest.get().number()) {
                load(latest.get());
                loaded++;
            }
        }
        return loaded;
    }

    /** The release's triples, read back from its N-Triples file: the store holds exactly what was published. */
    private void load(Release release) {
        Path file = file(release.datasetId(), release.number(), DistributionFormat.N_TRIPLES)
                .orElseThrow(() -> new IllegalStateException("release without N-Triples: " + release.datasetId()))
                .path();
        published.publish(release.datasetId(), release.number(),
                sink -> RDFParser.source(file).lang(Lang.NTRIPLES).parse(sink));
    }

    /** The catalog as it would be with the new release: its shape is known before its files are written. */
    private List<Release> withPreview(List<Release> all, String datasetId, int number) {
        List<Distribution> files = Arrays.stream(DistributionFormat.values())
                .map(f -> new Distribution(f, f.mediaType(), f.fileName(), 0, "0".repeat(64), 0)).toList();
        List<Release> out = new ArrayList<>(all);
        out.add(new Release(datasetId, number, clock.instant(), 0, 0, files));
        return out;
    }

    private List<Release> allReleases() {
        List<Release> all = new ArrayList<>();
        definitions.forEach(d -> all.addAll(releases(d.id())));
        return all;
    }

    private Model catalogOf(List<Release> all) {
        return catalog.build(definitions, all);
    }

    /** A publication the SHACL shapes refused: of the release's data or of the catalog. */
    public static final class QualityBlocked extends RuntimeException {
        private final transient ValidationReport report;

        QualityBlocked(String datasetId, String what, ValidationReport report) {
            super(datasetId + ": the " + what + " breaks " + report.violationCount() + " SHACL constraint(s)", null, false, false);
            this.report = report;
        }

        public ValidationReport report() {
            return report;
        }
    }
}
