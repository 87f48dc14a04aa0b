package vn.ngoaivu.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

class ShapesTest {

    private static final String FOAF_NAME = "http://xmlns.com/foaf/0.1/name";

    private final Ontology ontology = TestOntology.ONTOLOGY;
    private final ShapeValidator validator = ontology.validator();

    @Test
    void shapesAreValidShaclAccordingToTheW3cShapesForShapes() {
        ShapeValidator shaclForShacl = ShapeValidator.of(TestOntology.testGraph("shacl-shacl.ttl"));
        ValidationReport report = shaclForShacl.validate(ontology.shapes().getGraph(), "en");
        assertTrue(report.conforms(), report::toText);
    }

    @Test
    void shaclForShaclCatchesAMalformedShape() {
        Graph malformed = turtle("""
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix foaf: <http://xmlns.com/foaf/0.1/> .
                <https://example.org/PersonShape> a sh:NodeShape ;
                    sh:targetClass foaf:Person ;
                    sh:property [ sh:path foaf:name ; sh:minCount "one" ] .
                """);
        ShapeValidator shaclForShacl = ShapeValidator.of(TestOntology.testGraph("shacl-shacl.ttl"));
        ValidationReport report = shaclForShacl.validate(malformed, "en");
        assertFalse(report.conforms());
        assertTrue(report.violations().stream().anyMatch(v -> v.value().equals(Optional.of("\"one\""))),
                report::toText);
    }

    @Test
    void everyCodeListConformsToTheConceptAndSchemeShapes() {
        for (Scheme scheme : Scheme.values()) {
            ValidationReport report = validator.validate(ontology.schemeModel(scheme).getGraph());
            assertTrue(report.conforms(), () -> scheme.id() + "\n" + report.toText());
        }
    }

    @Test
    void theValidSampleConforms() {
        ValidationReport report = validator.validate(TestOntology.testGraph("sample-valid.ttl"));
        assertTrue(report.conforms(), report::toText);
        assertEquals(List.of(), report.violations());
        assertEquals(0, report.violationCount());
    }

    @Test
    void theBrokenSampleGivesViolationsWithTheShapesMessages() {
        ValidationReport report = validator.validate(TestOntology.testGraph("sample-broken.ttl"));
        String expert = TestOntology.BASE + "id/expert/2";

        assertFalse(report.conforms());
        Violation missingName = find(report, expert, FOAF_NAME);
        assertEquals(Violation.Severity.VIOLATION, missingName.severity());
        assertEquals("MinCount", missingName.constraint());
        assertEquals(ontology.shapesIri() + "#ExpertShape", missingName.sourceShape());
        assertTrue(missingName.message().startsWith("Họ tên (foaf:name): bắt buộc"), missingName.message());
        assertEquals(Optional.empty(), missingName.value());

        Violation countryAsText = find(report, expert, ontology.termIri(NgvProperty.RESIDENCE_COUNTRY));
        assertEquals(Optional.of("\"Germany\""), countryAsText.value());
        find(report, expert, ontology.termIri(NgvProperty.BIRTH_YEAR));
        Violation negative = find(report, TestOntology.BASE + "id/statistics/experts-by-country/FR-2025",
                ontology.termIri(NgvProperty.OBSERVATION_COUNT));
        assertEquals("MinInclusive", negative.constraint());
        assertEquals(Optional.of("-3"), negative.value());

        Violation replaced = report.violations().stream()
                .filter(v -> v.focusNode().equals(TestOntology.BASE + "id/document/600-KH-SNgV"))
                .findFirst().orElseThrow();
        assertEquals(Violation.Severity.WARNING, replaced.severity());
        assertEquals(1, report.warningCount());
        assertEquals(report.violations().size() - 1, report.violationCount());
        assertEquals(Violation.Severity.WARNING, report.violations().get(report.violations().size() - 1).severity(),
                "violations are listed before warnings");
    }

    @Test
    void messagesComeInTheRequestedLanguage() {
        ValidationReport report = validator.validate(TestOntology.testGraph("sample-broken.ttl"), "en");
        Violation missingName = find(report, TestOntology.BASE + "id/expert/2", FOAF_NAME);
        assertTrue(missingName.message().startsWith("Name (foaf:name): required"), missingName.message());
    }

    @Test
    void theTextReportNamesTheFocusNodePathValueAndMessage() {
        ValidationReport report = validator.validate(TestOntology.testGraph("sample-broken.ttl"));
        String text = report.toText();
        assertTrue(text.startsWith("Không đạt (does not conform): " + report.violationCount() + " lỗi"), text);
        assertTrue(text.contains(TestOntology.BASE + "id/expert/2"), text);
        assertTrue(text.contains("Thuộc tính (path): " + FOAF_NAME), text);
        assertTrue(text.contains("Giá trị (value): \"Germany\""), text);
        assertTrue(text.contains("Thông báo (message): Họ tên (foaf:name): bắt buộc"), text);
        assertTrue(text.contains("[Cảnh báo / Warning]"), text);

        ValidationReport clean = validator.validate(TestOntology.testGraph("sample-valid.ttl"));
        assertTrue(clean.toText().startsWith("Đạt (conforms): 0 lỗi"), clean.toText());
    }

    @Test
    void otherShapesCanBeUsedAndShapesWithoutMessagesGetTheValidatorsMessage() {
        Graph shapes = turtle("""
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix foaf: <http://xmlns.com/foaf/0.1/> .
                <https://example.org/PersonShape> a sh:NodeShape ;
                    sh:targetClass foaf:Person ;
                    sh:property [ sh:path foaf:name ; sh:minCount 1 ] .
                """);
        Graph data = turtle("""
                @prefix foaf: <http://xmlns.com/foaf/0.1/> .
                <https://example.org/p/1> a foaf:Person .
                """);
        ValidationReport report = ShapeValidator.of(shapes).validate(data);
        assertEquals(1, report.violationCount());
        Violation violation = report.violations().get(0);
        assertEquals("https://example.org/p/1", violation.focusNode());
        assertEquals("https://example.org/PersonShape", violation.sourceShape());
        assertFalse(violation.message().isBlank());
    }

    private static Violation find(ValidationReport report, String focusNode, String path) {
        return report.violations().stream()
                .filter(v -> v.focusNode().equals(focusNode) && v.resultPath().equals(Optional.of(path)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no result for " + focusNode + " " + path + "\n" + report.toText()));
    }

    private static Graph turtle(String text) {
        return RDFParser.fromString(text, Lang.TURTLE).toGraph();
    }
}
