package vn.ngoaivu.gateway.linkeddata;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.ngoaivu.gateway.ExternalTool;
import vn.ngoaivu.gateway.TestPlatform;
import vn.ngoaivu.ontology.Concept;
import vn.ngoaivu.ontology.Ontology;
import vn.ngoaivu.ontology.Scheme;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every /def URI answers every media type; the RDF parses with Jena and with rapper, an independent parser. */
@ExtendWith(TestPlatform.Extension.class)
class DefinitionRoutesIT {

    private static final String BASE = "http://localhost:8080/";
    private static final Map<String, Lang> RDF = Map.of(
            "text/turtle", Lang.TURTLE,
            "application/ld+json", Lang.JSONLD,
            "application/rdf+xml", Lang.RDFXML,
            "application/n-triples", Lang.NTRIPLES);

    private static final Ontology ONTOLOGY = Ontology.load(BASE);

    /** The ontology, the shapes, every code list and every concept of every code list. */
    private static List<String> allPaths() {
        List<String> paths = new ArrayList<>(List.of("/def/ngv", "/def/shapes"));
        for (Scheme scheme : Scheme.values()) {
            paths.add("/def/scheme/" + scheme.id());
            for (Concept concept : ONTOLOGY.schemes().concepts(scheme)) {
                paths.add("/def/scheme/" + scheme.id() + "/" + concept.notation());
            }
        }
        return paths;
    }

    private static Model parse(String body, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(body, lang).base(BASE).parse(model);
        return model;
    }

    @Test
    void everyDefinitionAnswersEveryMediaType(TestPlatform platform) {
        List<String> paths = allPaths();
        assertTrue(paths.size() > 400, "all concepts included: " + paths.size());
        for (String path : paths) {
            String iri = BASE + path.substring(1);
            for (Map.Entry<String, Lang> format : RDF.entrySet()) {
                HttpResponse<String> response = platform.send(platform.request(path).header("Accept", format.getKey()).GET().build());
                assertEquals(200, response.statusCode(), path + " as " + format.getKey());
                assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(format.getKey()));
                assertEquals("Accept", response.headers().firstValue("Vary").orElse(""));
                Model model = parse(response.body(), format.getValue());
                assertTrue(model.containsResource(model.createResource(iri)), path + " describes " + iri + " in " + format.getKey());
            }
            HttpResponse<String> page = platform.send(platform.request(path).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build());
            assertEquals(200, page.statusCode(), path + " as HTML");
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(page.body().contains("<html lang=\"vi\">"));
        }
    }

    @Test
    void defaultIsTurtleAndFormatParameterOverridesAccept(TestPlatform platform) {
        assertTrue(platform.get("/def/ngv").headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        HttpResponse<String> jsonld = platform.send(platform.request("/def/scheme/ford?format=jsonld")
                .header("Accept", "text/html").GET().build());
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertEquals(406, platform.send(platform.request("/def/ngv").header("Accept", "image/png").GET().build()).statusCode());
        assertEquals(406, platform.get("/def/ngv?format=docx").statusCode());
    }

    @Test
    void unknownSchemeOrConceptIs404(TestPlatform platform) {
        assertEquals(404, platform.get("/def/scheme/nope").statusCode());
        assertEquals(404, platform.get("/def/scheme/ford/9.9").statusCode());
        assertEquals(404, platform.get("/def/scheme/country/XX").statusCode());
    }

    @Test
    void conditionalRequestsGet304(TestPlatform platform) {
        HttpResponse<String> first = platform.get("/def/scheme/country");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = platform.send(platform.request("/def/scheme/country").header("If-None-Match", etag).GET().build());
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        HttpResponse<String> otherFormat = platform.send(platform.request("/def/scheme/country")
                .header("If-None-Match", etag).header("Accept", "application/n-triples").GET().build());
        assertEquals(200, otherFormat.statusCode(), "each representation has its own ETag");
    }

    @Test
    void servedCountsMatchTheOntology(TestPlatform platform) {
        Model ford = parse(platform.get("/def/scheme/ford").body(), Lang.TURTLE);
        assertEquals(ONTOLOGY.schemeModel(Scheme.FORD).size(), ford.size());
        Model countries = parse(platform.send(platform.request("/def/scheme/country").header("Accept", "application/n-triples").GET().build()).body(), Lang.NTRIPLES);
        assertEquals(ONTOLOGY.schemeModel(Scheme.COUNTRY).size(), countries.size());
    }

    /** rapper (Debian raptor2-utils) parses the served Turtle and N-Triples and counts the same triples as Jena. */
    @Test
    void servedRdfParsesWithRapper(TestPlatform platform) throws Exception {
        Path rapper = ExternalTool.find("rapper");
        Assumptions.assumeTrue(rapper != null, "rapper is not installed (deploy/install-test-tools.sh)");
        List<String> paths = new ArrayList<>(List.of("/def/ngv", "/def/shapes"));
        for (Scheme scheme : Scheme.values()) {
            paths.add("/def/scheme/" + scheme.id());
            paths.add("/def/scheme/" + scheme.id() + "/" + ONTOLOGY.schemes().concepts(scheme).get(0).notation());
        }
        Pattern count = Pattern.compile("returned (\\d+) triples");
        for (String path : paths) {
            for (Map.Entry<String, String> format : Map.of("text/turtle", "turtle", "application/n-triples", "ntriples").entrySet()) {
                String body = platform.send(platform.request(path).header("Accept", format.getKey()).GET().build()).body();
                Path file = Files.createTempFile(Path.of("target"), "def-", ".rdf");
                Files.writeString(file, body, StandardCharsets.UTF_8);
                Process process = new ProcessBuilder(rapper.toString(), "-i", format.getValue(), "-c", "-I", BASE, file.toString())
                        .redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(process.waitFor(60, TimeUnit.SECONDS));
                assertEquals(0, process.exitValue(), path + ": " + output);
                assertFalse(output.contains("Error"), output);
                Matcher matcher = count.matcher(output);
                assertTrue(matcher.find(), output);
                Lang lang = format.getValue().equals("turtle") ? Lang.TURTLE : Lang.NTRIPLES;
                assertEquals(parse(body, lang).size(), Long.parseLong(matcher.group(1)), path + " triple count");
                Files.delete(file);
            }
        }
    }
}
