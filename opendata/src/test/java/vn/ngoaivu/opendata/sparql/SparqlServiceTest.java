package vn.ngoaivu.opendata.sparql;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SparqlServiceTest {

    private static final String ID = "http://localhost:8080/id/";
    private static final String NGV = "http://localhost:8080/def/ngv#";
    private static final String PREFIXES = "PREFIX ngv: <" + NGV + "> PREFIX id: <" + ID + ">\n";

    private static PublishedStore store;
    private static SparqlService sparql;

    @BeforeAll
    static void publish() {
        store = PublishedStore.inMemory();
        // Two datasets: five organisations (two countries) and two events.
        store.publish("organisations", 1, sink -> {
            for (int i = 1; i <= 5; i++) {
                add(sink, ID + "org/" + i, NGV + "country", uri("http://localhost:8080/def/scheme/country/" + (i <= 3 ? "JP" : "KR")));
                add(sink, ID + "org/" + i, NGV + "name", NodeFactory.createLiteralLang("Tổ chức " + i, "vi"));
            }
        });
        store.publish("events", 2, sink -> add(sink, ID + "event/1", NGV + "host", uri(ID + "org/1")));
        sparql = new SparqlService(store, Duration.ofSeconds(10), 1000);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static void add(StreamRDF sink, String s, String p, Node o) {
        sink.triple(Triple.create(uri(s), uri(p), o));
    }

    private static SparqlQuery parse(String query) {
        return sparql.parse(PREFIXES + query, List.of(), List.of());
    }

    private static SPARQLResult read(byte[] body, Lang lang) {
        return ResultsReader.create().lang(lang).build().readAny(new ByteArrayInputStream(body));
    }

    private static int rows(SparqlService service, String query, Lang lang) {
        ResultSet results = read(service.results(service.parse(PREFIXES + query, List.of(), List.of()), lang).body(), lang)
                .getResultSet();
        int n = 0;
        while (results.hasNext()) {
            results.next();
            n++;
        }
        return n;
    }

    @Test
    void theDefaultGraphIsTheUnionOfTheReleases() {
        assertEquals(11, rows(sparql, "SELECT * WHERE { ?s ?p ?o }", ResultSetLang.RS_JSON));
        SparqlService.Answer graphs = sparql.results(parse(
                "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"), ResultSetLang.RS_CSV);
        assertEquals("g,n\r\nurn:ngoaivu:graph:events:release:2,1\r\nurn:ngoaivu:graph:organisations:release:1,10\r\n",
                new String(graphs.body(), StandardCharsets.UTF_8));
    }

    @Test
    void everyResultsFormatParsesBack() {
        String select = "SELECT ?org ?name WHERE { ?org ngv:name ?name ; ngv:country <http://localhost:8080/def/scheme/country/JP> }";
        for (Lang lang : SparqlService.RESULT_LANGS) {
            assertEquals(3, rows(sparql, select, lang), lang.getName());
            byte[] ask = sparql.results(parse("ASK { id:event\\/1 ngv:host ?org }"), lang).body();
            SPARQLResult answer = read(ask, lang);
            // SPARQL's TSV has no boolean form; Jena writes (and reads back) a one-row table.
            boolean yes = answer.isBoolean() ? answer.getBooleanResult()
                    : answer.getResultSet().next().getLiteral("_askResult").getBoolean();
            assertTrue(yes, lang.getName());
        }
        String json = new String(sparql.results(parse(select), ResultSetLang.RS_JSON).body(), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"xml:lang\" : \"vi\"") || json.contains("\"xml:lang\": \"vi\""), json);
        assertTrue(json.contains("Tổ chức 1"), "UTF-8, not escaped away");
    }

    @Test
    void constructAndDescribeInEveryRdfFormat() {
        Map<RDFFormat, Lang> formats = Map.of(RDFFormat.TURTLE_PRETTY, Lang.TURTLE, RDFFormat.NTRIPLES_UTF8, Lang.NTRIPLES,
                RDFFormat.JSONLD11_PRETTY, Lang.JSONLD, RDFFormat.RDFXML_PRETTY, Lang.RDFXML);
        for (Map.Entry<RDFFormat, Lang> format : formats.entrySet()) {
            Model constructed = parseRdf(sparql.graph(parse(
                    "CONSTRUCT { ?org ngv:hosted ?event } WHERE { ?event ngv:host ?org }"), format.getKey()).body(), format.getValue());
            assertEquals(1, constructed.size(), format.getKey().toString());
            Model described = parseRdf(sparql.graph(parse("DESCRIBE <" + ID + "org/2>"), format.getKey()).body(), format.getValue());
            assertEquals(2, described.size(), format.getKey().toString());
        }
    }

    private static Model parseRdf(byte[] body, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(model);
        return model;
    }

    @Test
    void answersAreCutAtTheResultLimit() {
        SparqlService small = new SparqlService(store, Duration.ofSeconds(10), 4);
        assertEquals(4, rows(small, "SELECT * WHERE { ?s ?p ?o }", ResultSetLang.RS_JSON));
        assertEquals(4, rows(small, "SELECT * WHERE { ?s ?p ?o } LIMIT 100", ResultSetLang.RS_TSV));
        assertEquals(2, rows(small, "SELECT * WHERE { ?s ?p ?o } LIMIT 2", ResultSetLang.RS_XML));
        assertTrue(small.results(small.parse("SELECT * { ?s ?p ?o }", List.of(), List.of()), ResultSetLang.RS_JSON).capped());
        assertFalse(small.results(small.parse("SELECT * { ?s ?p ?o } LIMIT 4", List.of(), List.of()), ResultSetLang.RS_JSON).capped());
        SparqlService.Answer constructed = small.graph(small.parse("CONSTRUCT WHERE { ?s ?p ?o }", List.of(), List.of()),
                RDFFormat.NTRIPLES_UTF8);
        assertTrue(constructed.capped());
        assertEquals(4, parseRdf(constructed.body(), Lang.NTRIPLES).size());
    }

    @Test
    void protocolGraphParametersPickReleases() {
        SparqlService.Answer events = sparql.results(sparql.parse("SELECT * FROM <http://example.org/ignored> { ?s ?p ?o }",
                List.of(PublishedStore.graphName("events", 2)), List.of()), ResultSetLang.RS_TSV);
        assertEquals(2, new String(events.body(), StandardCharsets.UTF_8).strip().split("\n").length, "header + 1 row");
        SparqlService.Answer unknown = sparql.results(sparql.parse("SELECT * { ?s ?p ?o }",
                List.of("http://example.org/elsewhere"), List.of()), ResultSetLang.RS_TSV);
        assertEquals(1, new String(unknown.body(), StandardCharsets.UTF_8).strip().split("\n").length, "nothing fetched");
    }

    @Test
    void serviceAndUpdatesAreRefused() {
        for (String query : List.of(
                "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
                "SELECT * WHERE { ?s ?p ?o { SELECT ?s WHERE { SERVICE SILENT <http://example.org/sparql> { ?s ?p ?o } } } }",
                "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <http://example.org/sparql> { ?s ?p ?o } } }",
                "ASK { OPTIONAL { SERVICE ?endpoint { ?s ?p ?o } } }")) {
            SparqlException e = assertThrows(SparqlException.class, () -> parse(query), query);
            assertEquals(SparqlException.Reason.SERVICE, e.reason(), query);
        }
        for (String update : List.of("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "DROP ALL", "LOAD <http://example.org/data.ttl>")) {
            SparqlException e = assertThrows(SparqlException.class, () -> parse(update), update);
            assertEquals(SparqlException.Reason.UPDATE, e.reason(), update);
        }
        assertEquals(11, rows(sparql, "SELECT * WHERE { ?s ?p ?o }", ResultSetLang.RS_JSON), "nothing changed");
    }

    @Test
    void aSyntaxErrorSaysWhere() {
        SparqlException e = assertThrows(SparqlException.class, () -> sparql.parse("SELECT * WHERE {\n  ?s ?p \n}", List.of(), List.of()));
        assertEquals(SparqlException.Reason.SYNTAX, e.reason());
        assertTrue(e.getMessage().contains("line 3, column 1"), e.getMessage());
    }

    @Test
    void aSlowQueryIsStoppedAtTheTimeout() {
        PublishedStore big = PublishedStore.inMemory();
        try (big) {
            big.publish("numbers", 1, sink -> {
                for (int i = 0; i < 2000; i++) {
                    add(sink, ID + "n/" + i, NGV + "value", NodeFactory.createLiteralString(Integer.toString(i)));
                }
            });
            SparqlService impatient = new SparqlService(big, Duration.ofMillis(300), 1000);
            // 2000³ = 8·10⁹ combinations: hours of work, unless cancelled.
            SparqlQuery cartesian = impatient.parse("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                    List.of(), List.of());
            long started = System.nanoTime();
            SparqlException e = assertThrows(SparqlException.class, () -> impatient.results(cartesian, ResultSetLang.RS_JSON));
            assertEquals(SparqlException.Reason.TIMEOUT, e.reason());
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(millis < 5000, "stopped after " + millis + " ms");
        }
    }

    @Test
    void publishingReplacesTheDatasetsGraphAndRemoveWithdrawsIt() {
        PublishedStore own = PublishedStore.inMemory();
        try (own) {
            SparqlService service = new SparqlService(own, Duration.ofSeconds(10), 1000);
            own.publish("events", 1, sink -> add(sink, ID + "event/1", NGV + "name", NodeFactory.createLiteralString("one")));
            own.publish("events", 2, sink -> add(sink, ID + "event/2", NGV + "name", NodeFactory.createLiteralString("two")));
            assertEquals(OptionalInt.of(2), own.currentRelease("events"));
            assertEquals(1, rows(service, "SELECT * { ?s ?p ?o }", ResultSetLang.RS_JSON));
            assertThrows(IllegalStateException.class, () -> own.publish("events", 3, sink -> {
                add(sink, ID + "event/3", NGV + "name", NodeFactory.createLiteralString("three"));
                throw new IllegalStateException("the source failed half-way");
            }));
            assertEquals(OptionalInt.of(2), own.currentRelease("events"), "a failed release changes nothing");
            assertEquals(1, rows(service, "SELECT * { ?s ?p ?o }", ResultSetLang.RS_JSON));
            assertTrue(own.remove("events"));
            assertFalse(own.remove("events"));
            assertEquals(OptionalInt.empty(), own.currentRelease("events"));
            assertEquals(0, rows(service, "SELECT * { ?s ?p ?o }", ResultSetLang.RS_JSON));
            assertThrows(IllegalArgumentException.class, () -> own.publish("Bad Id", 1, sink -> { }));
        }
    }
}
