package vn.ngoaivu.opendata.catalog;

import vn.ngoaivu.ontology.Ontology;
import vn.ngoaivu.opendata.dataset.DatasetDefinition;
import vn.ngoaivu.opendata.dataset.DatasetDefinitions;
import vn.ngoaivu.opendata.dataset.Department;

import java.net.URI;
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

    static List<Release> releases() {
        List<Release> releases = new ArrayList<>();
        for (DatasetDefinition definition : DEFINITIONS) {
            for (int number = 1; number <= 2; number++) {
                List<Release.Distribution> files = new ArrayList<>();
                for (DistributionFormat format : List.of(DistributionFormat.CSV, DistributionFormat.TURTLE,
                        DistributionFormat.JSON_LD)) {
                    files.add(new Release.Distribution(format, 1024L * number, "ab".repeat(32),
                            URI.create(BASE + "download/" + definition.id() + "/" + number + "/data." + format.name().toLowerCase())));
                }
                releases.add(new Release(definition.id(), number, Instant.parse("2026-0" + number + "-15T02:00:00Z"), files));
            }
        }
        return releases;
    }
}
