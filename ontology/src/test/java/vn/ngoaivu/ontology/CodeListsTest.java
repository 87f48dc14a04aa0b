package vn.ngoaivu.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class CodeListsTest {

    private final Ontology ontology = TestOntology.ONTOLOGY;
    private final CodeLists codeLists = ontology.schemes();

    @Test
    void everySchemeAndConceptHasAVietnameseAndAnEnglishPrefLabel() {
        List<String> problems = new ArrayList<>();
        for (Scheme scheme : Scheme.values()) {
            Model model = ontology.schemeModel(scheme);
            List<Resource> labelled = new ArrayList<>(model.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList());
            labelled.addAll(model.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList());
            for (Resource resource : labelled) {
                for (String lang : List.of("vi", "en")) {
                    if (LangLiterals.text(resource, SKOS.prefLabel, lang).isEmpty()) {
                        problems.add(resource + ": no skos:prefLabel@" + lang);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everySchemeIsDeclaredAndEveryConceptIriIsSchemeSlashNotation() {
        for (Scheme scheme : Scheme.values()) {
            Resource schemeResource = ontology.schemeModel(scheme).getResource(ontology.schemeIri(scheme));
            assertTrue(schemeResource.hasProperty(RDF.type, SKOS.ConceptScheme), scheme.id());
            assertFalse(codeLists.concepts(scheme).isEmpty(), scheme.id());
            for (Concept concept : codeLists.concepts(scheme)) {
                assertEquals(ontology.schemeIri(scheme) + "/" + concept.notation(), concept.iri());
            }
            assertEquals(ontology.schemeModel(scheme).listSubjectsWithProperty(RDF.type, SKOS.Concept).toList().size(),
                    codeLists.concepts(scheme).size(), "every skos:Concept of " + scheme.id() + " is in the scheme");
        }
    }

    @Test
    void fordHasSixAreasAndFortyTwoFieldsEachUnderItsArea() {
        List<Concept> top = codeLists.topConcepts(Scheme.FORD);
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), top.stream().map(Concept::notation).toList());
        List<Concept> fields = codeLists.concepts(Scheme.FORD).stream().filter(c -> !c.isTopConcept()).toList();
        assertEquals(42, fields.size());
        for (Concept field : fields) {
            Concept area = codeLists.broader(field).orElseThrow();
            assertTrue(area.isTopConcept(), field.notation());
            assertEquals(field.notation().substring(0, field.notation().indexOf('.')), area.notation());
            assertTrue(codeLists.narrower(area).contains(field));
        }
        assertEquals(Optional.empty(), codeLists.broader(top.get(0)));
    }

    @Test
    void countrySchemeHasExactlyTheIsoCountriesOfTheJdk() {
        Set<String> notations = codeLists.concepts(Scheme.COUNTRY).stream().map(Concept::notation)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of(Locale.getISOCountries())), notations);
        assertEquals("Việt Nam", codeLists.concept(Scheme.COUNTRY, "VN").orElseThrow().labelVi());
    }

    @Test
    void documentTypesAreFoundByTheAbbreviationUsedInDocumentSymbols() {
        Concept decision = codeLists.documentTypeBySymbol("QĐ").orElseThrow();
        assertEquals("QD", decision.notation());
        assertEquals("Quyết định", decision.labelVi());
        assertEquals("KH", codeLists.documentTypeBySymbol("KH").orElseThrow().notation());
        assertEquals("Plan", codeLists.documentTypeBySymbol("KH").orElseThrow().label("en"));
        // Spreadsheets: spaces, letter case and decomposed Vietnamese characters do not matter.
        assertEquals("QD", codeLists.documentTypeBySymbol(" qđ ").orElseThrow().notation());
        assertEquals("QD", codeLists.documentTypeBySymbol(Normalizer.normalize("QĐ", Normalizer.Form.NFD))
                .orElseThrow().notation());
        // Đ is a letter of its own: HD is Hướng dẫn, HĐ is Hợp đồng; CT is Chỉ thị, CTr is Chương trình.
        assertEquals("HD", codeLists.documentTypeBySymbol("HD").orElseThrow().notation());
        assertEquals("HDD", codeLists.documentTypeBySymbol("HĐ").orElseThrow().notation());
        assertEquals("CT", codeLists.documentTypeBySymbol("CT").orElseThrow().notation());
        assertEquals("CTR", codeLists.documentTypeBySymbol("CTr").orElseThrow().notation());
        assertEquals(Optional.empty(), codeLists.documentTypeBySymbol("XYZ"));
        assertEquals(Optional.empty(), codeLists.documentTypeBySymbol(null));
        assertEquals(Optional.of("QĐ"), codeLists.symbolAbbreviation(decision));
        assertEquals(Optional.empty(), codeLists.symbolAbbreviation(codeLists.concept(Scheme.DOCUMENT_TYPE, "CV").orElseThrow()));
    }

    @Test
    void conceptsAreInNaturalNotationOrder() {
        List<String> ford = codeLists.concepts(Scheme.FORD).stream().map(Concept::notation).toList();
        assertEquals(List.of("1", "1.1", "1.2", "1.3"), ford.subList(0, 4));
        assertTrue(ford.indexOf("2.9") < ford.indexOf("2.10"));
        assertTrue(ford.indexOf("2.10") < ford.indexOf("2.11"));
        assertTrue(ford.indexOf("2.11") < ford.indexOf("3"));
        assertEquals("6.5", ford.get(ford.size() - 1));

        List<String> mixed = new ArrayList<>(List.of("1.10", "b", "10", "1.2", "2", "1", "1.a", "9", "a", "01.3"));
        mixed.sort(NotationOrder.INSTANCE);
        assertEquals(List.of("1", "1.2", "01.3", "1.10", "1.a", "2", "9", "10", "a", "b"), mixed);
    }

    @Test
    void lookupsByNotationAreExact() {
        assertTrue(codeLists.isValid(Scheme.COUNTRY, "VN"));
        assertFalse(codeLists.isValid(Scheme.COUNTRY, "vn"));
        assertFalse(codeLists.isValid(Scheme.COUNTRY, " VN"));
        assertFalse(codeLists.isValid(Scheme.COUNTRY, ""));
        assertFalse(codeLists.isValid(Scheme.COUNTRY, null));
        assertFalse(codeLists.isValid(Scheme.DEGREE, "VN"));
        assertTrue(codeLists.isValid(Scheme.DEGREE, "TS"));
        assertEquals(Optional.empty(), codeLists.concept(Scheme.FORD, "7"));

        Concept computing = codeLists.concept(Scheme.FORD, "1.2").orElseThrow();
        assertEquals(TestOntology.BASE + "def/scheme/ford/1.2", computing.iri());
        assertEquals(Optional.of("1"), computing.broaderNotation());
        assertEquals(Optional.of(computing), codeLists.conceptByIri(computing.iri()));
        assertEquals(Optional.empty(), codeLists.conceptByIri("https://example.org/def/scheme/ford/1.2"));
    }

    @Test
    void conceptLabelsFollowTheRequestedLanguageVietnameseByDefault() {
        Concept germany = codeLists.concept(Scheme.COUNTRY, "DE").orElseThrow();
        assertEquals("Germany", germany.label("en"));
        assertEquals("Germany", germany.label("en-GB"));
        assertEquals("Đức", germany.label("vi"));
        assertEquals("Đức", germany.label("fr"));
        assertEquals("Đức", germany.label(null));
    }

    @Test
    void listsCannotBeModified() {
        List<Concept> concepts = codeLists.concepts(Scheme.VISIBILITY);
        assertThrows(UnsupportedOperationException.class, () -> concepts.remove(0));
    }
}
