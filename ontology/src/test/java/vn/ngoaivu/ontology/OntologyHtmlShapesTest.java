package vn.ngoaivu.ontology;

import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertTrue;

class OntologyHtmlShapesTest {

    @Test
    void shapesPageListsEveryNodeShapeWithItsTargetAndParses() throws Exception {
        Ontology ontology = Ontology.load("https://ngoaivu.example.gov.vn/");
        String page = new OntologyHtml(ontology).shapesPage();
        assertTrue(page.contains("id=\"ExpertShape\""), "anchor per node shape");
        assertTrue(page.contains(ontology.termIri(NgvClass.EXPERT)), "target class linked");
        assertTrue(page.contains("sh:minCount"), "constraints listed");
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(page.replace("<!DOCTYPE html>", "").getBytes(StandardCharsets.UTF_8)));
    }
}
