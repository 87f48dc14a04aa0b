package vn.ngoaivu.opendata.release;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

import vn.ngoaivu.ontology.Ontology;

/**
 * A small release with what writers get wrong: language tags, datatypes, blank nodes, text needing escapes,
 * a subject whose properties are interleaved, a subject that comes back after another, and a table with
 * quotes, commas, line breaks and empty cells.
 */
final class SampleRelease implements ReleaseSource {

    static final String BASE = "https://example.gov.vn/";
    static final Ontology ONTOLOGY = Ontology.load(BASE);
    static final Prefixes PREFIXES = Prefixes.of(ONTOLOGY);
    static final DatasetInfo DATASET = new DatasetInfo("licensed-conferences",
            "Hội nghị, hội thảo quốc tế được cấp phép", "Licensed international conferences");
    static final String TRICKY_TEXT = "Hội thảo \"Hợp tác\" <Việt–Nhật> & đối tác\nDòng 2\r\tTab \\ back 😀 ]]>";

    private static final String DCTERMS = "http://purl.org/dc/terms/";
    private static final String SCHEMA = "http://schema.org/";
    private static final String NGV = ONTOLOGY.ngvNamespace();

    private final List<Triple> triples = new ArrayList<>();

    SampleRelease() {
        Node permit1 = iri(BASE + "id/conference-permit/2024-001");
        Node permit2 = iri(BASE + "id/conference-permit/2024-002");
        Node venue = NodeFactory.createBlankNode();
        add(permit1, RDF.type.getURI(), iri(NGV + "ConferencePermit"));
        add(permit1, DCTERMS + "title", NodeFactory.createLiteralLang("Hội thảo quốc tế về nông nghiệp", "vi"));
        add(permit1, DCTERMS + "identifier", NodeFactory.createLiteralString("HT-2024-001"));
        add(permit1, DCTERMS + "title", NodeFactory.createLiteralLang("International seminar on agriculture", "en"));
        add(permit1, SCHEMA + "startDate", NodeFactory.createLiteralDT("2024-05-12", XSDDatatype.XSDdate));
        add(permit1, NGV + "venue", venue);
        add(permit1, NGV + "foreignParticipantCount", NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger));
        add(permit1, RDF.type.getURI(), iri(NGV + "ForeignAffairsRecord"));
        add(venue, SCHEMA + "name", NodeFactory.createLiteralLang("Khách sạn Mường Thanh, Thanh Hóa", "vi"));
        add(venue, SCHEMA + "address", NodeFactory.createLiteralString(TRICKY_TEXT));
        add(permit2, DCTERMS + "title", NodeFactory.createLiteralLang(TRICKY_TEXT, "vi"));
        add(permit2, DCTERMS + "created", NodeFactory.createLiteralDT("2024-03-01T08:30:00+07:00",
                XSDDatatype.XSDdateTime));
        add(permit2, BASE + "def/other/odd-property", NodeFactory.createLiteralString(""));
        add(permit2, NGV + "organiser", iri("https://example.org/org?a=1&b=2"));
        add(permit1, NGV + "status", iri(BASE + "def/scheme/record-status/approved"));
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private void add(Node subject, String predicate, Node object) {
        triples.add(Triple.create(subject, iri(predicate), object));
    }

    Graph graph() {
        Graph graph = GraphFactory.createDefaultGraph();
        triples.forEach(graph::add);
        return graph;
    }

    int size() {
        return triples.size();
    }

    @Override
    public void triples(StreamRDF sink) {
        triples.forEach(sink::triple);
    }

    @Override
    public List<Column> columns() {
        return List.of(
                new Column("id", "Mã định danh", "Identifier", "anyURI", "http://purl.org/dc/terms/identifier"),
                new Column("title", "Tên hội thảo", "Title", "string", DCTERMS + "title"),
                new Column("startDate", "Ngày bắt đầu", "Start date", "date", SCHEMA + "startDate"),
                new Column("foreignParticipants", "Số đại biểu nước ngoài", "Foreign participants", "integer",
                        NGV + "foreignParticipantCount"),
                new Column("organiser", "Đơn vị tổ chức", "Organiser", "anyURI", NGV + "organiser"));
    }

    @Override
    public void rows(Consumer<List<String>> sink) {
        sink.accept(List.of(BASE + "id/conference-permit/2024-001", "Hội thảo quốc tế về nông nghiệp", "2024-05-12",
                "42", "https://example.org/org/1"));
        sink.accept(Arrays.asList(BASE + "id/conference-permit/2024-002", TRICKY_TEXT + ", còn nữa", null, "007",
                ""));
    }
}
