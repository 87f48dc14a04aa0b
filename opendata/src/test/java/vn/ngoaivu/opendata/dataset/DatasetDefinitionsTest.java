package vn.ngoaivu.opendata.dataset;

import org.junit.jupiter.api.Test;
import vn.ngoaivu.ontology.Ontology;
import vn.ngoaivu.ontology.Scheme;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetDefinitionsTest {

    private static final Ontology ONTOLOGY = Ontology.load("https://ngoaivu.example.gov.vn/");
    private final DatasetDefinitions definitions = new DatasetDefinitions(ONTOLOGY);

    @Test
    void theStartingCatalogHasTheTwelveDatasetsOfTheBrief() {
        assertEquals(List.of("licensed-conferences", "foreign-ngos", "ngo-projects", "international-agreements",
                        "delegation-statistics", "partner-relations", "expert-network-statistics", "expert-directory",
                        "consular-statistics", "administrative-procedures", "published-documents", "unit-contact-points"),
                definitions.all().stream().map(DatasetDefinition::id).toList());
        for (DatasetDefinition d : definitions.all()) {
            d.themes().forEach(t -> assertTrue(ONTOLOGY.schemes().isValid(Scheme.DATASET_THEME, t), d.id() + ": " + t));
            assertEquals(DatasetDefinition.CC_BY_4_0, d.license());
            assertTrue(d.fields().stream().noneMatch(f -> f.origin().personal() && !(f.origin() instanceof FieldOrigin.ExpertField)),
                    d.id() + " maps a personal record field");
        }
    }

    @Test
    void statisticsAboutPeopleSayTheirCellsAreSuppressed() {
        for (String id : List.of("expert-network-statistics", "consular-statistics")) {
            DatasetDefinition d = definitions.byId(id).orElseThrow();
            assertTrue(d.peopleStatistics());
            assertTrue(d.descriptionVi().contains("dưới 5 người") && d.descriptionEn().contains("fewer than 5 people"), id);
        }
    }

    @Test
    void onlyOpenDataMayBeDefined() {
        DatasetDefinition open = definitions.byId("foreign-ngos").orElseThrow();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new DatasetDefinition(
                open.id(), open.titleVi(), open.titleEn(), open.descriptionVi(), open.descriptionEn(), open.themes(),
                open.keywordsVi(), open.keywordsEn(), open.frequency(), open.temporal(), open.license(),
                DataClassification.SHARED, open.fields(), false, open.source()));
        assertTrue(refused.getMessage().contains("open"));
    }
}
