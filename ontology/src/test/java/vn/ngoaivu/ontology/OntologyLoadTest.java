package vn.ngoaivu.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shared.AddDeniedException;
import org.apache.jena.shared.DeleteDeniedException;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class OntologyLoadTest {

    private static final String OTHER_BASE = "http://example.org/so-ngoai-vu/";

    @Test
    void everyIriIsInTheNamespaceOfTheBaseItWasLoadedWith() {
        Ontology thanhHoa = TestOntology.ONTOLOGY;
        Ontology other = Ontology.load(OTHER_BASE);

        assertEquals(TestOntology.BASE + "def/ngv", thanhHoa.ontologyIri());
        assertEquals(OTHER_BASE + "def/ngv", other.ontologyIri());
        assertEquals(TestOntology.BASE + "def/ngv#Expert", thanhHoa.termIri(NgvClass.EXPERT));
        assertEquals(OTHER_BASE + "def/ngv#residenceCountry", other.termIri(NgvProperty.RESIDENCE_COUNTRY));
        assertEquals(OTHER_BASE + "def/scheme/ford", other.schemeIri(Scheme.FORD));
        assertEquals(OTHER_BASE + "def/scheme/country/VN",
                other.schemes().concept(Scheme.COUNTRY, "VN").orElseThrow().iri());
        assertEquals(thanhHoa.termIri(NgvClass.EXPERT), thanhHoa.resource(NgvClass.EXPERT).getURI());
        assertEquals(thanhHoa.termIri(NgvProperty.ORCID), thanhHoa.property(NgvProperty.ORCID).getURI());

        assertOnlyOwnIris(thanhHoa, TestOntology.BASE, OTHER_BASE);
        assertOnlyOwnIris(other, OTHER_BASE, TestOntology.BASE);
        assertEquals(thanhHoa.vocabulary().size(), other.vocabulary().size());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "ngoaivu.thanhhoa.gov.vn/", "/def/", "ftp://ngoaivu.thanhhoa.gov.vn/",
            "file:///srv/ontology/", "urn:ngoaivu:thanhhoa/", "https://ngoaivu.thanhhoa.gov.vn",
            "https://ngoaivu.thanhhoa.gov.vn/def", "https://ngoaivu.thanhhoa.gov.vn/?tinh=38/",
            "https://ngoaivu.thanhhoa.gov.vn/#/", "https:///path/", "https://ngoai vu.gov.vn/"})
    void invalidBaseUrisAreRejectedWithAClearMessage(String base) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ontology.load(base));
        assertTrue(e.getMessage().startsWith("Invalid base URI '" + base + "': "), e.getMessage());
    }

    @Test
    void baseUrisWithAPathAreAccepted() {
        assertEquals("https://dichvu.gov.vn/ngoaivu/thanhhoa/",
                BaseUri.require("https://dichvu.gov.vn/ngoaivu/thanhhoa/"));
        assertEquals("http://localhost:8080/", BaseUri.require("http://localhost:8080/"));
    }

    @Test
    void modelsAreReadOnly() {
        Ontology ontology = TestOntology.ONTOLOGY;
        List<Model> models = new ArrayList<>(List.of(ontology.vocabulary(), ontology.shapes()));
        Stream.of(Scheme.values()).map(ontology::schemeModel).forEach(models::add);
        for (Model model : models) {
            assertThrows(AddDeniedException.class,
                    () -> model.add(model.createResource("urn:x"), RDFS.label, "x"));
            assertThrows(DeleteDeniedException.class, () -> model.removeAll());
        }
    }

    private static void assertOnlyOwnIris(Ontology ontology, String ownBase, String otherBase) {
        List<Model> models = new ArrayList<>(List.of(ontology.vocabulary(), ontology.shapes()));
        Stream.of(Scheme.values()).map(ontology::schemeModel).forEach(models::add);
        int own = 0;
        for (Model model : models) {
            for (Triple triple : model.getGraph().find().toList()) {
                for (Node node : List.of(triple.getSubject(), triple.getPredicate(), triple.getObject())) {
                    if (node.isURI()) {
                        String iri = node.getURI();
                        assertFalse(iri.startsWith(otherBase), iri);
                        assertFalse(iri.startsWith("file:"), "unresolved relative IRI: " + iri);
                        own += iri.startsWith(ownBase) ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(own > 1000, "relative IRIs resolve against " + ownBase);
    }
}
