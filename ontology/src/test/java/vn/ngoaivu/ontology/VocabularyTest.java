package vn.ngoaivu.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    private final Ontology ontology = TestOntology.ONTOLOGY;
    private final Model vocabulary = ontology.vocabulary();

    @Test
    void classEnumListsExactlyTheClassesOfNgvTtl() {
        assertEquals(localNamesOfType(OWL.Class),
                names(Arrays.stream(NgvClass.values()).map(NgvClass::localName).toList()));
    }

    @Test
    void propertyEnumListsExactlyThePropertiesOfNgvTtlWithTheirKind() {
        assertEquals(localNamesOfType(OWL.ObjectProperty), names(Arrays.stream(NgvProperty.values())
                .filter(p -> p.kind() == NgvProperty.Kind.OBJECT).map(NgvProperty::localName).toList()));
        assertEquals(localNamesOfType(OWL.DatatypeProperty), names(Arrays.stream(NgvProperty.values())
                .filter(p -> p.kind() == NgvProperty.Kind.DATATYPE).map(NgvProperty::localName).toList()));
    }

    @Test
    void everyTermDescribedInNgvTtlIsAClassOrAProperty() {
        Set<String> described = vocabulary.listSubjects().toList().stream()
                .filter(Resource::isURIResource)
                .map(Resource::getURI)
                .filter(iri -> iri.startsWith(ontology.ngvNamespace()))
                .map(iri -> iri.substring(ontology.ngvNamespace().length()))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> known = new TreeSet<>();
        Arrays.stream(NgvClass.values()).forEach(c -> known.add(c.localName()));
        Arrays.stream(NgvProperty.values()).forEach(p -> known.add(p.localName()));
        assertEquals(known, described);
    }

    @Test
    void everyTermIsLabelledCommentedVersionedAndDefinedByTheOntology() {
        List<String> problems = new ArrayList<>();
        Resource ontologyResource = vocabulary.getResource(ontology.ontologyIri());
        List<NgvTerm> terms = new ArrayList<>(List.of(NgvClass.values()));
        terms.addAll(List.of(NgvProperty.values()));
        for (NgvTerm term : terms) {
            Resource resource = vocabulary.getResource(ontology.termIri(term));
            for (String lang : List.of("vi", "en")) {
                if (LangLiterals.text(resource, RDFS.label, lang).isEmpty()) {
                    problems.add(term.localName() + ": no rdfs:label@" + lang);
                }
                if (LangLiterals.text(resource, RDFS.comment, lang).isEmpty()) {
                    problems.add(term.localName() + ": no rdfs:comment@" + lang);
                }
            }
            if (LangLiterals.plain(resource, OWL.versionInfo).isEmpty()) {
                problems.add(term.localName() + ": no owl:versionInfo");
            }
            if (!resource.hasProperty(RDFS.isDefinedBy, ontologyResource)) {
                problems.add(term.localName() + ": no rdfs:isDefinedBy <" + ontology.ontologyIri() + ">");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theOntologyIsVersionedAndLabelled() {
        Resource ontologyResource = vocabulary.getResource(ontology.ontologyIri());
        assertTrue(ontologyResource.hasProperty(RDF.type, OWL.Ontology));
        assertTrue(LangLiterals.plain(ontologyResource, OWL.versionInfo).isPresent(), "owl:versionInfo");
        assertTrue(LangLiterals.text(ontologyResource, RDFS.label, "vi").isPresent());
        assertTrue(LangLiterals.text(ontologyResource, RDFS.label, "en").isPresent());
    }

    private Set<String> localNamesOfType(Resource type) {
        return vocabulary.listSubjectsWithProperty(RDF.type, type).toList().stream()
                .map(Resource::getURI)
                .filter(iri -> iri.startsWith(ontology.ngvNamespace()))
                .map(iri -> iri.substring(ontology.ngvNamespace().length()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> names(List<String> names) {
        return new TreeSet<>(names);
    }
}
