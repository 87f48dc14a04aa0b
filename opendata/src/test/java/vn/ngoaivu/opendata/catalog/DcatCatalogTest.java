package vn.ngoaivu.opendata.catalog;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import vn.ngoaivu.ontology.ValidationReport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DcatCatalogTest {

    private static final DcatValidator VALIDATOR = new DcatValidator();
    private final DcatCatalog catalog = new DcatCatalog(SampleCatalog.ONTOLOGY, SampleCatalog.DEPARTMENT, SampleCatalog.URLS);

    @Test
    void theFullCatalogHasNoViolationOfTheOfficialShapes() {
        Model model = catalog.build(SampleCatalog.DEFINITIONS, SampleCatalog.releases());

        ValidationReport report = VALIDATOR.validate(model);
        assertEquals(0, report.violationCount(), report::toText);

        ValidationReport recommended = VALIDATOR.recommendations(model);
        System.out.println("DCAT-AP 3.0.1 recommended properties: " + recommended.warningCount() + " warnings, "
                + recommended.violationCount() + " violations");
        assertEquals(0, recommended.violationCount(), recommended::toText);
        assertEquals(12, model.listSubjectsWithProperty(RDF.type, model.createResource(DCAT.NS + "DatasetSeries")).toList().size());
        assertEquals(12 * 2, model.listSubjectsWithProperty(model.createProperty(DCAT.NS + "inSeries")).toList().size());
        // Six formats a release; the JSON-LD context and the CSVW metadata describe distributions, they are not ones.
        assertEquals(12 * 2 * 6, model.listSubjectsWithProperty(RDF.type, DCAT.Distribution).toList().size());
    }

    @Test
    void aCatalogWithoutItsTitleFails() {
        Model model = catalog.build(SampleCatalog.DEFINITIONS, SampleCatalog.releases());
        Resource root = model.getResource(catalog.catalogIri());
        model.removeAll(root, DCTerms.title, null);

        ValidationReport report = VALIDATOR.validate(model);

        assertTrue(report.violationCount() > 0);
        assertTrue(report.violations().stream().anyMatch(v -> v.focusNode().equals(catalog.catalogIri())
                && v.resultPath().orElse("").equals(DCTerms.title.getURI())), report::toText);
    }

    @Test
    void aDistributionWithoutAccessUrlOrWithAnUntypedLicenceFails() {
        Model model = catalog.build(SampleCatalog.DEFINITIONS, SampleCatalog.releases());
        Resource distribution = model.listSubjectsWithProperty(RDF.type, DCAT.Distribution).next();
        model.removeAll(distribution, DCAT.accessURL, null);
        model.removeAll(null, RDF.type, DCTerms.LicenseDocument);

        ValidationReport report = VALIDATOR.validate(model);

        assertTrue(report.violations().stream().anyMatch(v -> v.resultPath().orElse("").equals(DCAT.accessURL.getURI())),
                report::toText);
        assertTrue(report.violations().stream().anyMatch(v -> v.resultPath().orElse("").equals(DCTerms.license.getURI())),
                report::toText);
    }
}
