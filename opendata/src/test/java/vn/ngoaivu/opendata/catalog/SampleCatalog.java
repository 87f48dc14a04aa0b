package vn.ngoaivu.opendata.catalog;

import vn.ngoaivu.opendata.release.Distribution;
import vn.ngoaivu.opendata.release.DistributionFormat;
import vn.ngoaivu.opendata.release.Release;
import vn.ngoaivu.opendata.release.ReleaseUrls;

import vn.ngoaivu.ontology.Ontology;
import vn.ngoaivu.opendata.dataset.DatasetDefinition;
import vn.ngoaivu.opendata.dataset.DatasetDefinitions;
import vn.ngoaivu.opendata.dataset.Department;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A department, the twelve definitions and two sample releases of each, as the release writer would report them. */
final class SampleCatalog {

    static final String BASE = "https://ngoaivu.example.gov.vn/";
    static final Ontology ONTOLOGY = Ontology.load(BASE);
    static final Department DEPARTMENT = new Department("Sở Ngoại vụ tỉnh Thanh Hóa", "Thanh Hoa Department of Foreign Affairs",
            "Thanh Hóa", "38", BASE, "https://songoaivu.example.gov.vn/", "songoaivu@example.gov.vn", Optional.of("+84 237 3852 000"));
    static final List<DatasetDefinition> DEFINITIONS = new DatasetDefinitions(ONTOLOGY).all();

    private SampleCatalog() {
    }

    static final ReleaseUrls URLS = new ReleaseUrls(BASE + "data/");

    /** Every file a release has, the way the release store reports them. */
    static List<Release> releases() {
        List<Release> releases = new ArrayList<>();
        for (DatasetDefinition definition : DEFINITIONS) {
            for (int number = 1; number <= 2; number++) {
                List<Distribution> files = new ArrayList<>();
                for (DistributionFormat format : DistributionFormat.values()) {
                    files.add(new Distribution(format, format.mediaType(), format.fileName(), 1024L * number, "ab".repeat(32), 10));
                }
                releases.add(new Release(definition.id(), number, Instant.parse("2026-0" + number + "-15T02:00:00Z"), 10, 1,
                        files));
            }
        }
        return releases;
    }
}
