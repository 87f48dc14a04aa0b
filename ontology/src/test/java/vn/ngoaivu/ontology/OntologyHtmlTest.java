package vn.ngoaivu.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class OntologyHtmlTest {

    private final Ontology ontology = TestOntology.ONTOLOGY;
    private final OntologyHtml html = new OntologyHtml(ontology);

    @Test
    void theVocabularyPageDocumentsEveryTermWithItsIriAsAnchorAndLink() throws Exception {
        String page = html.ontologyPage();
        Document document = parse(page);
        Set<String> ids = attributeValues(document, "id");
        Set<String> links = attributeValues(document, "href");
        for (NgvTerm term : allTerms()) {
            assertTrue(ids.contains(term.localName()), term.localName());
            assertTrue(links.contains(ontology.termIri(term)), term.localName());
        }
        for (Scheme scheme : Scheme.values()) {
            assertTrue(links.contains(ontology.schemeIri(scheme)), scheme.id());
        }
        assertTrue(page.contains("Chuyên gia, trí thức ở nước ngoài"));
        assertTrue(page.contains("Overseas expert"));
        // Domain, range and superclass are linked by IRI and shown by prefixed name.
        assertTrue(page.contains("<a href=\"http://xmlns.com/foaf/0.1/Person\">foaf:Person</a>"), "subClassOf");
        assertTrue(page.contains("<a href=\"http://www.w3.org/2001/XMLSchema#gYear\">xsd:gYear</a>"), "range");
    }

    @Test
    void schemePagesListEveryConceptUnderItsBroaderOne() throws Exception {
        for (Scheme scheme : Scheme.values()) {
            String page = html.schemePage(scheme);
            Set<String> links = attributeValues(parse(page), "href");
            for (Concept concept : ontology.schemes().concepts(scheme)) {
                assertTrue(links.contains(concept.iri()), concept.iri());
            }
        }
        String ford = html.schemePage(Scheme.FORD);
        assertTrue(ford.indexOf(">2.9<") < ford.indexOf(">2.10<"));
        assertTrue(ford.contains("padding-left:2.0em\"><a href=\"" + TestOntology.BASE + "def/scheme/ford/2.10\""),
                "fields are indented under their area");
        assertTrue(html.schemePage(Scheme.DOCUMENT_TYPE).contains("<td>QĐ</td>"), "symbols of document types");
    }

    @Test
    void conceptPagesShowLabelsHierarchyAndOtherStatements() throws Exception {
        for (Scheme scheme : Scheme.values()) {
            for (Concept concept : ontology.schemes().concepts(scheme)) {
                parse(html.conceptPage(concept));
            }
        }
        Concept computing = ontology.schemes().concept(Scheme.FORD, "1.2").orElseThrow();
        String page = html.conceptPage(computing);
        assertTrue(page.contains("<h1>Khoa học máy tính và thông tin</h1>"), page);
        assertTrue(page.contains("Computer and information sciences"));
        assertTrue(page.contains("<a href=\"" + TestOntology.BASE + "def/scheme/ford/1\">1 — Khoa học tự nhiên</a>"));

        String decision = html.conceptPage(ontology.schemes().concept(Scheme.DOCUMENT_TYPE, "QD").orElseThrow());
        assertTrue(decision.contains("QĐ"), "symbol abbreviation");
        String vietnam = html.conceptPage(ontology.schemes().concept(Scheme.COUNTRY, "VN").orElseThrow());
        assertTrue(vietnam.contains("http://publications.europa.eu/resource/authority/country/VNM"), "exact match");
    }

    @Test
    void pagesAreVietnameseUtf8Html5WithoutScript() throws Exception {
        for (String page : new String[] {html.ontologyPage(), html.schemePage(Scheme.VISIBILITY)}) {
            assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"vi\">"));
            assertTrue(page.contains("<meta charset=\"utf-8\"/>"));
            assertFalse(page.contains("<script"));
            Element root = parse(page).getDocumentElement();
            assertEquals("vi", root.getAttribute("lang"));
        }
    }

    @Test
    void textIsEscaped() {
        assertEquals("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;", Html.escape("<b> & \"x\" 'y'"));
        assertEquals("<a href=\"https://e.org/?a=1&amp;b=2\">a &lt; b</a>", Html.link("https://e.org/?a=1&b=2", "a < b"));
    }

    private static Set<NgvTerm> allTerms() {
        Set<NgvTerm> terms = new HashSet<>(Set.of(NgvClass.values()));
        terms.addAll(Set.of(NgvProperty.values()));
        return terms;
    }

    /** Pages are written as well-formed XML, so an XML parser checks nesting and escaping. */
    private static Document parse(String page) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
    }

    private static Set<String> attributeValues(Document document, String attribute) {
        Set<String> values = new HashSet<>();
        NodeList all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute(attribute)) {
                values.add(element.getAttribute(attribute));
            }
        }
        return values;
    }
}
