package vn.ngoaivu.opendata.release;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;

import vn.ngoaivu.ontology.NgvClass;
import vn.ngoaivu.ontology.NgvProperty;
import vn.ngoaivu.ontology.Ontology;

/**
 * Licensed international conferences, generated on the fly: any number of triples, none held in memory, the same
 * on every read. Each record is 12 triples (IRIs under {@code https://example.gov.vn/id/}, Vietnamese and English
 * titles, dates, counts, links to organisations and countries), emitted together as sources do.
 */
final class GeneratedRecords implements ReleaseSource {

    static final int TRIPLES_PER_RECORD = 12;

    private static final String ID = "https://example.gov.vn/id/";
    private static final String DCTERMS = "http://purl.org/dc/terms/";
    private static final String SCHEMA = "http://schema.org/";
    private static final String[][] TOPICS = {
            {"nông nghiệp công nghệ cao", "high-technology agriculture"},
            {"chuyển đổi số trong quản lý nhà nước", "digital transformation in public administration"},
            {"hợp tác giáo dục và đào tạo", "cooperation in education and training"},
            {"biến đổi khí hậu và phát triển bền vững", "climate change and sustainable development"},
            {"xúc tiến đầu tư và thương mại", "investment and trade promotion"},
            {"y tế cộng đồng", "community health"},
    };
    private static final String[] VENUES = {"Khách sạn Mường Thanh, TP. Thanh Hóa", "Trung tâm Hội nghị tỉnh",
            "Trường Đại học Hồng Đức", "Khu kinh tế Nghi Sơn", "Sầm Sơn, Thanh Hóa"};
    private static final String[] COUNTRIES = {"JP", "KR", "FR", "DE", "US", "LA", "TH", "AU"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 2);

    private final long triples;
    // The few terms every record repeats are made once, as a source reading a database would cache them.
    private final Node conferencePermit;
    private final Node identifier;
    private final Node title;
    private final Node startDate;
    private final Node endDate;
    private final Node organiser;
    private final Node participants;
    private final Node country;
    private final Node venue;
    private final Node created;
    private final Node description;
    private final Node[] countries;
    private final Node[] venues;

    GeneratedRecords(Ontology ontology, long triples) {
        this.triples = triples;
        this.conferencePermit = NodeFactory.createURI(ontology.termIri(NgvClass.CONFERENCE_PERMIT));
        this.identifier = NodeFactory.createURI(DCTERMS + "identifier");
        this.title = NodeFactory.createURI(DCTERMS + "title");
        this.startDate = NodeFactory.createURI(SCHEMA + "startDate");
        this.endDate = NodeFactory.createURI(SCHEMA + "endDate");
        this.organiser = NodeFactory.createURI(ontology.termIri(NgvProperty.ORGANISER));
        this.participants = NodeFactory.createURI(ontology.termIri(NgvProperty.FOREIGN_PARTICIPANT_COUNT));
        this.country = NodeFactory.createURI(ontology.termIri(NgvProperty.COUNTRY));
        this.venue = NodeFactory.createURI(ontology.termIri(NgvProperty.VENUE));
        this.created = NodeFactory.createURI(DCTERMS + "created");
        this.description = NodeFactory.createURI(DCTERMS + "description");
        this.countries = new Node[COUNTRIES.length];
        for (int i = 0; i < COUNTRIES.length; i++) {
            countries[i] = NodeFactory.createURI(ontology.baseUri() + "def/scheme/country/" + COUNTRIES[i]);
        }
        this.venues = new Node[VENUES.length];
        for (int i = 0; i < VENUES.length; i++) {
            venues[i] = NodeFactory.createLiteralLang(VENUES[i], "vi");
        }
    }

    @Override
    public void triples(StreamRDF sink) {
        long emitted = 0;
        List<Triple> record = new ArrayList<>(TRIPLES_PER_RECORD);
        for (long i = 1; emitted < triples; i++) {
            record.clear();
            record(i, record);
            for (int t = 0; t < record.size() && emitted < triples; t++, emitted++) {
                sink.triple(record.get(t));
            }
        }
    }

    private void record(long i, List<Triple> out) {
        Node subject = NodeFactory.createURI(ID + "conference-permit/" + i);
        String[] topic = TOPICS[(int) (i % TOPICS.length)];
        LocalDate start = FIRST_DAY.plusDays(i % 1000);
        out.add(Triple.create(subject, RDF.type.asNode(), conferencePermit));
        out.add(Triple.create(subject, identifier, NodeFactory.createLiteralString("HT-" + start.getYear() + "-" + i)));
        out.add(Triple.create(subject, title, NodeFactory.createLiteralLang(
                "Hội thảo quốc tế về " + topic[0] + " lần thứ " + (i % 20 + 1), "vi")));
        out.add(Triple.create(subject, title, NodeFactory.createLiteralLang(
                "International seminar on " + topic[1] + " no. " + (i % 20 + 1), "en")));
        out.add(Triple.create(subject, startDate, NodeFactory.createLiteralDT(start.toString(), XSDDatatype.XSDdate)));
        out.add(Triple.create(subject, endDate, NodeFactory.createLiteralDT(start.plusDays(2).toString(),
                XSDDatatype.XSDdate)));
        out.add(Triple.create(subject, organiser, NodeFactory.createURI(ID + "organisation/" + i % 500)));
        out.add(Triple.create(subject, participants, NodeFactory.createLiteralDT(Long.toString(i % 120 + 3),
                XSDDatatype.XSDinteger)));
        out.add(Triple.create(subject, country, countries[(int) (i % countries.length)]));
        out.add(Triple.create(subject, venue, venues[(int) (i % venues.length)]));
        out.add(Triple.create(subject, created, NodeFactory.createLiteralDT(start.minusDays(30) + "T08:30:00+07:00",
                XSDDatatype.XSDdateTime)));
        out.add(Triple.create(subject, description, NodeFactory.createLiteralLang(
                "Sở Ngoại vụ cấp phép tổ chức hội thảo \"" + topic[0] + "\" với sự tham gia của đại biểu nước ngoài.",
                "vi")));
    }

    @Override
    public List<Column> columns() {
        return List.of(
                new Column("id", "Mã định danh", "Identifier", "anyURI", DCTERMS + "identifier"),
                new Column("title", "Tên hội thảo", "Title", "string", DCTERMS + "title"),
                new Column("startDate", "Ngày bắt đầu", "Start date", "date", SCHEMA + "startDate"));
    }

    @Override
    public void rows(Consumer<List<String>> sink) {
        for (long i = 1; i <= (triples + TRIPLES_PER_RECORD - 1) / TRIPLES_PER_RECORD; i++) {
            sink.accept(List.of(ID + "conference-permit/" + i,
                    "Hội thảo quốc tế về " + TOPICS[(int) (i % TOPICS.length)][0],
                    FIRST_DAY.plusDays(i % 1000).toString()));
        }
    }
}
