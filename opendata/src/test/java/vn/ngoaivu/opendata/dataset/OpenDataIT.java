package vn.ngoaivu.opendata.dataset;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ngoaivu.ontology.ValidationReport;
import vn.ngoaivu.opendata.catalog.ReleaseValidator;
import vn.ngoaivu.opendata.privacy.KAnonymity;
import vn.ngoaivu.opendata.privacy.PrivacyReport;
import vn.ngoaivu.opendata.privacy.PublicationBlocked;
import vn.ngoaivu.opendata.privacy.PublicationGate;
import vn.ngoaivu.opendata.release.Column;
import vn.ngoaivu.opendata.release.ReleaseSource;
import vn.ngoaivu.registry.record.RecordKind;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The datasets over a real registry: what they publish, and the privacy and quality gates. */
class OpenDataIT {

    @TempDir
    static Path dir;
    static RegistrySample sample;
    static DatasetDefinitions definitions;
    static PublicationGate gate;

    @BeforeAll
    static void fill() {
        sample = new RegistrySample(dir);
        definitions = new DatasetDefinitions(RegistrySample.ONTOLOGY);
        gate = new PublicationGate(sample.database.dataSource());
    }

    @AfterAll
    static void close() {
        sample.close();
    }

    @Test
    void theDirectoryListsOnlyTheConsentingExpertWithOnlyHerPublicFields() {
        DatasetDefinition directory = definitions.byId("expert-directory").orElseThrow();
        ReleaseSource source = directory.source().open(sample.context);
        List<List<String>> rows = rows(source);

        assertEquals(1, rows.size(), rows::toString);
        List<String> row = rows.get(0);
        List<String> names = source.columns().stream().map(Column::name).toList();
        assertEquals(sample.expertIri(sample.consenting.id()), row.get(names.indexOf("id")));
        assertEquals("Nguyễn Văn An", row.get(names.indexOf("fullName")));
        assertEquals("JP", row.get(names.indexOf("countryCode")));
        assertEquals("University of Tokyo", row.get(names.indexOf("organisation")));
        assertEquals("2.2", row.get(names.indexOf("fields")));
        assertEquals(null, row.get(names.indexOf("city")), "the city is internal");
        assertEquals(null, row.get(names.indexOf("highestDegree")), "the degree was never made public");
        assertFalse(names.contains("email"), "e-mail is never in the directory, even when marked public");

        Graph graph = triples(source);
        Node consenting = NodeFactory.createURI(sample.expertIri(sample.consenting.id()));
        assertTrue(graph.contains(consenting, FOAF.name.asNode(), NodeFactory.createLiteralString("Nguyễn Văn An")));
        for (var absent : List.of(sample.notConsenting, sample.withdrawn)) {
            assertFalse(graph.contains(NodeFactory.createURI(sample.expertIri(absent.id())), Node.ANY, Node.ANY),
                    absent.profile().fullName() + " must not be published");
        }
        assertFalse(graph.find(Node.ANY, Node.ANY, NodeFactory.createLiteralString("an@example.org")).hasNext());
        assertTrue(gate.check(directory, source).publishable());
    }

    @Test
    void aCellOfFourPeopleIsSuppressedAndACellOfFivePublished() {
        assertEquals(5, KAnonymity.MIN_CELL);
        DatasetDefinition experts = definitions.byId("expert-network-statistics").orElseThrow();
        assertEquals(List.of(List.of("JP", "2.2", "5")), rows(experts.source().open(sample.context)),
                "Germany × 1.1 has 4 consenting experts (a fifth did not consent): suppressed");

        DatasetDefinition consular = definitions.byId("consular-statistics").orElseThrow();
        assertEquals(List.of(List.of("2025", "JP", "5")), rows(consular.source().open(sample.context)),
                "the 3 cases for the United States are suppressed");
    }

    @Test
    void theGateBlocksANonConsentedExpertAndAHiddenField() {
        DatasetDefinition directory = definitions.byId("expert-directory").orElseThrow();
        List<String> names = directory.columns().stream().map(Column::name).toList();
        String[] leaking = new String[names.size()];
        leaking[names.indexOf("id")] = sample.expertIri(sample.notConsenting.id());
        leaking[names.indexOf("fullName")] = "Trần Thị Bình";
        String[] hiddenCity = new String[names.size()];
        hiddenCity[names.indexOf("id")] = sample.expertIri(sample.consenting.id());
        hiddenCity[names.indexOf("city")] = "Tokyo";
        ReleaseSource wrong = fixedRows(directory.columns(), List.of(Arrays.asList(leaking), Arrays.asList(hiddenCity)));

        PublicationBlocked blocked = assertThrows(PublicationBlocked.class, () -> gate.requirePublishable(directory, wrong));

        PrivacyReport report = blocked.report();
        assertEquals(List.of(
                new PrivacyReport.Finding("fullName", "trường hồ sơ chuyên gia fullName", "expert profile field fullName",
                        PrivacyReport.Reason.EXPERT_WITHOUT_CONSENT, 1),
                new PrivacyReport.Finding("city", "trường hồ sơ chuyên gia city", "expert profile field city",
                        PrivacyReport.Reason.FIELD_NOT_PUBLIC, 1)), report.findings());
        assertTrue(blocked.getMessage().contains("expert-directory") && blocked.getMessage().contains("is NOT published"));
    }

    @Test
    void theGateBlocksASmallCell() {
        DatasetDefinition experts = definitions.byId("expert-network-statistics").orElseThrow();
        // A definition whose query forgot the consent and whose source forgot the threshold: Germany × 1.1 has 5
        // experts, of whom 4 consented; this query counts the consenting ones and publishes the cell of 4.
        String sql = "SELECT e.country_code AS country, f.field, count(*) AS count FROM expert e "
                + "CROSS JOIN LATERAL unnest(e.fields) AS f(field) WHERE e.country_code = 'DE' AND EXISTS (SELECT 1 "
                + "FROM expert_consent c WHERE c.expert_id = e.id AND c.purpose = 'open-data-statistics') GROUP BY 1, 2";
        DatasetDefinition unsuppressed = experts.withSource(experts.fields(), context ->
                new ObservationSource(context, experts.id(), sql, List.of(Dimension.COUNTRY, Dimension.FIELD), 1));

        PrivacyReport report = gate.check(unsuppressed, unsuppressed.source().open(sample.context));

        assertEquals(List.of(new PrivacyReport.Finding("count", "số người trong ô thống kê", "number of people in a statistics cell",
                PrivacyReport.Reason.SMALL_CELL, 1)), report.findings(), report.toText());
        assertFalse(report.publishable());
    }

    @Test
    void aDefinitionMappingTheConsularApplicantsNameFailsWithABilingualReport() {
        RecordKind kind = RecordKind.CONSULAR_LEGALIZATION;
        RecordColumn applicant = DatasetDefinitions.field(kind, "applicantName", NodeFactory.createURI(
                RegistrySample.ONTOLOGY.termIri(vn.ngoaivu.ontology.NgvProperty.DELEGATION_HEAD_NAME)), ValueKind.TEXT);
        RecordColumn count = DatasetDefinitions.field(kind, "documentCount", NodeFactory.createURI(
                RegistrySample.ONTOLOGY.termIri(vn.ngoaivu.ontology.NgvProperty.DOCUMENT_COUNT)), ValueKind.INTEGER);
        DatasetDefinition consular = definitions.byId("consular-statistics").orElseThrow();
        List<PublishedField> fields = List.of(new PublishedField(RecordSource.idColumn(), new FieldOrigin.Identifier()),
                applicant.published(), count.published());
        DatasetDefinition wrong = consular.withSource(fields, context -> new RecordSource(context, kind,
                vn.ngoaivu.ontology.NgvClass.CONSULAR_LEGALIZATION_CASE, "consular-case", List.of("approved"),
                List.of(applicant, count)));

        PublicationBlocked blocked = assertThrows(PublicationBlocked.class,
                () -> gate.requirePublishable(wrong, wrong.source().open(sample.context)));

        assertEquals(List.of(new PrivacyReport.Finding("applicantName", "Họ và tên người nộp", "Applicant's name",
                PrivacyReport.Reason.PERSONAL_WITHOUT_CONSENT, 8)), blocked.report().findings());
        String text = blocked.report().toText();
        assertTrue(text.contains("consular-statistics") && text.contains("applicantName (Họ và tên người nộp / Applicant's name): 8"),
                text);
        assertTrue(text.contains("không có sự đồng ý") && text.contains("without consent"), text);
    }

    @Test
    void everyDatasetPassesThePrivacyGateAndTheOntologyShapes() {
        ReleaseValidator validator = new ReleaseValidator(RegistrySample.ONTOLOGY.validator(), 2);
        for (DatasetDefinition definition : definitions.all()) {
            ReleaseSource source = definition.source().open(sample.context);
            PrivacyReport privacy = gate.check(definition, source);
            assertTrue(privacy.publishable(), privacy::toText);
            ValidationReport quality = validator.validate(source);
            assertEquals(0, quality.violationCount(), () -> definition.id() + "\n" + quality.toText());
            List<List<String>> rows = rows(source);
            assertFalse(rows.isEmpty(), definition.id() + " publishes nothing from the sample");
            rows.forEach(row -> assertEquals(source.columns().size(), row.size(), definition.id()));
        }
    }

    @Test
    void aViolationOfTheOntologyShapesIsReported() {
        DatasetDefinition conferences = definitions.byId("licensed-conferences").orElseThrow();
        ReleaseSource source = conferences.source().open(sample.context);
        ReleaseSource withoutOrganiser = new ReleaseSource() {
            @Override
            public void triples(org.apache.jena.riot.system.StreamRDF sink) {
                String organiser = RegistrySample.ONTOLOGY.termIri(vn.ngoaivu.ontology.NgvProperty.ORGANISER);
                source.triples(new org.apache.jena.riot.system.StreamRDFWrapper(sink) {
                    @Override
                    public void triple(org.apache.jena.graph.Triple triple) {
                        if (!triple.getPredicate().getURI().equals(organiser)) {
                            super.triple(triple);
                        }
                    }
                });
            }

            @Override
            public List<Column> columns() {
                return source.columns();
            }

            @Override
            public void rows(Consumer<List<String>> sink) {
                source.rows(sink);
            }
        };

        ValidationReport report = new ReleaseValidator(RegistrySample.ONTOLOGY.validator(), 100).validate(withoutOrganiser);

        assertEquals(1, report.violationCount(), report::toText);
    }

    private static List<List<String>> rows(ReleaseSource source) {
        List<List<String>> rows = new ArrayList<>();
        source.rows(rows::add);
        return rows;
    }

    private static Graph triples(ReleaseSource source) {
        Graph graph = GraphFactory.createDefaultGraph();
        source.triples(StreamRDFLib.graph(graph));
        return graph;
    }

    static ReleaseSource fixedRows(List<Column> columns, List<List<String>> rows) {
        return new ReleaseSource() {
            @Override
            public void triples(org.apache.jena.riot.system.StreamRDF sink) {
            }

            @Override
            public List<Column> columns() {
                return columns;
            }

            @Override
            public void rows(Consumer<List<String>> sink) {
                rows.forEach(sink);
            }
        };
    }
}
