package vn.ngoaivu.gateway.linkeddata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.ngoaivu.gateway.TestPlatform;
import vn.ngoaivu.opendata.sparql.PublishedStore;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * /sparql through a standard SPARQL client (Jena's QueryExecutionHTTP, which speaks the SPARQL 1.1 Protocol) with GET,
 * POST and form POST, in every format; the page; and the errors as problems.
 */
@ExtendWith(TestPlatform.Extension.class)
class SparqlRoutesIT {

    private static final String ID = "http://localhost:8080/id/sparql-it/";
    private static final String NGV = "http://localhost:8080/def/ngv#";
    private static final String JP = "http://localhost:8080/def/scheme/country/JP";
    private static final List<QuerySendMode> MODES = List.of(QuerySendMode.asGetAlways, QuerySendMode.asPost,
            QuerySendMode.asPostForm);
    private static final List<String> RESULTS_TYPES = List.of("application/sparql-results+json",
            "application/sparql-results+xml", "text/csv", "text/tab-separated-values");
    private static final List<String> RDF_TYPES = List.of("text/turtle", "application/n-triples", "application/ld+json",
            "application/rdf+xml");
    private static final String SELECT = "SELECT ?s ?name WHERE { ?s <" + NGV + "country> <" + JP + "> ; <" + NGV
            + "name> ?name }";

    /** Three organisations in Japan, in a dataset of this test's own (publishing again replaces it). */
    private static void publish(TestPlatform platform) {
        platform.publishedStore().publish("sparql-it", 1, sink -> {
            for (int i = 1; i <= 3; i++) {
                sink.triple(Triple.create(NodeFactory.createURI(ID + i), NodeFactory.createURI(NGV + "country"), NodeFactory.createURI(JP)));
                sink.triple(Triple.create(NodeFactory.createURI(ID + i), NodeFactory.createURI(NGV + "name"),
                        NodeFactory.createLiteralLang("Tổ chức số " + i, "vi")));
            }
        });
    }

    private static QueryExecution client(TestPlatform platform, String query, QuerySendMode mode, String accept) {
        return QueryExecutionHTTP.service(platform.uri("/sparql").toString()).query(query).sendMode(mode).acceptHeader(accept)
                .build();
    }

    @Test
    void selectAndAskInEveryResultsFormatByGetPostAndForm(TestPlatform platform) {
        publish(platform);
        for (QuerySendMode mode : MODES) {
            for (String type : RESULTS_TYPES) {
                try (QueryExecution exec = client(platform, SELECT, mode, type)) {
                    ResultSet results = exec.execSelect();
                    int rows = 0;
                    while (results.hasNext()) {
                        assertTrue(results.next().getLiteral("name").getString().startsWith("Tổ chức số "), mode + " " + type);
                        rows++;
                    }
                    assertEquals(3, rows, mode + " " + type);
                }
            }
            // SPARQL's CSV and TSV define no boolean answer; JSON and XML do.
            for (String type : List.of("application/sparql-results+json", "application/sparql-results+xml")) {
                try (QueryExecution exec = client(platform, "ASK { <" + ID + "1> ?p ?o }", mode, type)) {
                    assertTrue(exec.execAsk(), mode + " " + type);
                }
            }
        }
    }

    @Test
    void constructAndDescribeInEveryRdfFormat(TestPlatform platform) {
        publish(platform);
        for (QuerySendMode mode : MODES) {
            for (String type : RDF_TYPES) {
                try (QueryExecution exec = client(platform, "CONSTRUCT { ?s <" + NGV + "name> ?name } WHERE { " + SELECT.substring(
                        SELECT.indexOf('{') + 1), mode, type)) {
                    assertEquals(3, exec.execConstruct().size(), mode + " " + type);
                }
                try (QueryExecution exec = client(platform, "DESCRIBE <" + ID + "2>", mode, type)) {
                    Model described = exec.execDescribe();
                    assertEquals(2, described.size(), mode + " " + type);
                }
            }
        }
    }

    @Test
    void contentTypeFollowsAcceptAndFormat(TestPlatform platform) {
        publish(platform);
        String path = "/sparql?query=" + URLEncoder.encode(SELECT, StandardCharsets.UTF_8);
        HttpResponse<String> preferred = platform.send(platform.request(path)
                .header("Accept", "text/csv;q=0.5, application/sparql-results+xml").GET().build());
        assertEquals(200, preferred.statusCode());
        assertTrue(preferred.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+xml"));
        assertEquals("Accept", preferred.headers().firstValue("Vary").orElse(""));
        HttpResponse<String> csv = platform.get(path + "&format=csv");
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("s,name\r\n"), csv.body());
        HttpResponse<String> tsvByForm = platform.send(platform.request("/sparql?format=tsv")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(SELECT, StandardCharsets.UTF_8))).build());
        assertTrue(tsvByForm.headers().firstValue("Content-Type").orElse("").startsWith("text/tab-separated-values"));
        HttpResponse<String> json = platform.get(path);
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        assertFalse(json.headers().firstValue(SparqlRoutes.RESULT_LIMIT_REACHED).isPresent());
    }

    @Test
    void withoutAQueryGetShowsThePageWithEscapedExamples(TestPlatform platform) {
        HttpResponse<String> page = platform.send(platform.request("/sparql").header("Accept", "text/html").GET().build());
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("<html lang=\"vi\">"));
        assertTrue(page.body().contains("Điểm truy vấn SPARQL"));
        assertTrue(page.body().contains("(SPARQL endpoint)"));
        assertTrue(page.body().contains("WHERE { &lt;http://localhost:8080/def/scheme/country/JP&gt; ?p ?o }"), "examples escaped");
        assertTrue(page.body().contains("GROUP BY ?country"));
        assertFalse(page.body().contains("<script"));
    }

    @Test
    void aSyntaxErrorIsA400ProblemSayingWhere(TestPlatform platform) throws Exception {
        HttpResponse<String> response = platform.send(platform.request("/sparql")
                .header("Content-Type", "application/sparql-query").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("SELECT * WHERE {\n  ?s ?p \n}")).build());
        assertEquals(400, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonNode problem = new ObjectMapper().readTree(response.body());
        assertEquals("urn:ngoaivu:problem:invalid-parameter", problem.path("type").asText());
        assertEquals("syntax", problem.path("errors").path(0).path("code").asText());
        assertTrue(problem.path("detail").asText().contains("line 3, column 1"), problem.toString());
    }

    @Test
    void updatesServiceAndStrangeBodiesAreRefused(TestPlatform platform) throws Exception {
        publish(platform);
        ObjectMapper json = new ObjectMapper();
        HttpResponse<String> formUpdate = postForm(platform, "update=" + URLEncoder.encode("DROP ALL", StandardCharsets.UTF_8));
        assertEquals(400, formUpdate.statusCode());
        assertEquals("read-only", json.readTree(formUpdate.body()).path("errors").path(0).path("code").asText());
        HttpResponse<String> update = platform.send(platform.request("/sparql").header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build());
        assertEquals(400, update.statusCode());
        HttpResponse<String> updateAsQuery = postForm(platform, "query=" + URLEncoder.encode("CLEAR DEFAULT", StandardCharsets.UTF_8));
        assertEquals("read-only", json.readTree(updateAsQuery.body()).path("errors").path(0).path("code").asText());
        HttpResponse<String> service = platform.get("/sparql?query=" + URLEncoder.encode(
                "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }", StandardCharsets.UTF_8));
        assertEquals(400, service.statusCode());
        assertEquals("service-not-allowed", json.readTree(service.body()).path("errors").path(0).path("code").asText());
        HttpResponse<String> jsonBody = platform.send(platform.request("/sparql").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertEquals(415, jsonBody.statusCode());
        assertEquals("application/sparql-query, application/x-www-form-urlencoded",
                jsonBody.headers().firstValue("Accept-Post").orElse(""));
        assertEquals(400, postForm(platform, "default-graph-uri=x").statusCode(), "no query");
        assertTrue(platform.publishedStore().currentRelease("sparql-it").isPresent(), "nothing dropped");
    }

    private static HttpResponse<String> postForm(TestPlatform platform, String form) {
        return platform.send(platform.request("/sparql").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    @Test
    void unacceptableFormatsAre406(TestPlatform platform) {
        String select = "/sparql?query=" + URLEncoder.encode(SELECT, StandardCharsets.UTF_8);
        assertEquals(406, platform.send(platform.request(select).header("Accept", "image/png").GET().build()).statusCode());
        assertEquals(406, platform.get(select + "&format=ttl").statusCode(), "a SELECT has no Turtle form");
        String construct = "/sparql?query=" + URLEncoder.encode("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1", StandardCharsets.UTF_8);
        assertEquals(406, platform.send(platform.request(construct).header("Accept", "text/csv").GET().build()).statusCode());
    }

    @Test
    void graphParametersPickAReleaseAndBigAnswersAreCut(TestPlatform platform) {
        PublishedStore store = platform.publishedStore();
        store.publish("sparql-it-big", 7, sink -> {
            for (int i = 0; i < 10_001; i++) {
                sink.triple(Triple.create(NodeFactory.createURI(ID + "big/" + i), NodeFactory.createURI(NGV + "value"),
                        NodeFactory.createLiteralString(Integer.toString(i))));
            }
        });
        try {
            String graph = PublishedStore.graphName("sparql-it-big", 7);
            HttpResponse<String> cut = platform.get("/sparql?format=tsv&default-graph-uri=" + URLEncoder.encode(graph, StandardCharsets.UTF_8)
                    + "&query=" + URLEncoder.encode("SELECT * { ?s ?p ?o }", StandardCharsets.UTF_8));
            assertEquals(200, cut.statusCode());
            assertEquals("10000", cut.headers().firstValue(SparqlRoutes.RESULT_LIMIT_REACHED).orElse(""));
            assertEquals(10_001, cut.body().strip().split("\n").length, "the header line and 10,000 rows");
            // 10,001³ combinations: stopped at the test platform's 2 s timeout.
            HttpResponse<String> slow = platform.get("/sparql?query=" + URLEncoder.encode(
                    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", StandardCharsets.UTF_8));
            assertEquals(503, slow.statusCode(), slow.body());
            assertTrue(slow.body().contains("urn:ngoaivu:problem:query-timeout"), slow.body());
        } finally {
            store.remove("sparql-it-big");
        }
    }
}
