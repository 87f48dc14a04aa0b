package vn.ngoaivu.opendata.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every RDF distribution parses back with Jena to the very graph it was written from. */
class RdfDistributionWritersTest {

    private static final SampleRelease SAMPLE = new SampleRelease();

    static Stream<Arguments> writers() {
        Prefixes prefixes = SampleRelease.PREFIXES;
        return Stream.of(
                Arguments.of(new NTriplesDistributionWriter(), Lang.NTRIPLES),
                Arguments.of(new TurtleDistributionWriter(prefixes), Lang.TURTLE),
                Arguments.of(new JsonLdDistributionWriter(prefixes, ReadBack.CONTEXT_URL), Lang.JSONLD),
                Arguments.of(new RdfXmlDistributionWriter(prefixes), Lang.RDFXML));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("writers")
    void readsBackAsTheSameGraph(DistributionWriter writer, Lang lang) {
        byte[] bytes = ReadBack.write(writer, SAMPLE);
        Graph read = ReadBack.parse(bytes, lang, SampleRelease.PREFIXES);
        assertEquals(SAMPLE.size(), read.size(), () -> new String(bytes, StandardCharsets.UTF_8));
        assertTrue(read.isIsomorphicWith(SAMPLE.graph()), () -> new String(bytes, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("writers")
    void countsTheTriplesItWrote(DistributionWriter writer, Lang lang) throws Exception {
        Distribution distribution = writer.write(SAMPLE, OutputStream.nullOutputStream());
        assertEquals(SAMPLE.size(), distribution.count());
        assertEquals(writer.format().mediaType(), distribution.mediaType());
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("writers")
    void writesAnEmptyRelease(DistributionWriter writer, Lang lang) {
        byte[] bytes = ReadBack.write(writer, TestSources.triples(sink -> { }));
        assertEquals(0, ReadBack.parse(bytes, lang, SampleRelease.PREFIXES).size());
    }

    @Test
    void turtleDeclaresTheOntologyPrefixes() {
        String turtle = new String(ReadBack.write(new TurtleDistributionWriter(SampleRelease.PREFIXES), SAMPLE),
                StandardCharsets.UTF_8);
        assertTrue(turtle.contains("PREFIX ngv: <https://example.gov.vn/def/ngv#>")
                || turtle.contains("@prefix ngv: <https://example.gov.vn/def/ngv#>"), turtle);
        assertTrue(turtle.contains("ngv:ConferencePermit"), turtle);
    }

    @Test
    void jsonLdIsCompactWithOneNodeObjectPerSubjectRun() {
        String json = new String(ReadBack.write(new JsonLdDistributionWriter(SampleRelease.PREFIXES,
                ReadBack.CONTEXT_URL), SAMPLE), StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\n  \"@context\": \"" + ReadBack.CONTEXT_URL + "\",\n  \"@graph\": ["), json);
        // The first subject comes back after the second and third: 4 node objects, one per line.
        assertEquals(4, json.lines().filter(line -> line.startsWith("    {\"@id\": ")).count(), json);
        assertTrue(json.contains("\"@type\": [\"ngv:ConferencePermit\", \"ngv:ForeignAffairsRecord\"]"), json);
        assertTrue(json.contains("\"dcterms:title\": [{\"@value\": \"Hội thảo quốc tế về nông nghiệp\", "
                + "\"@language\": \"vi\"}, {\"@value\": \"International seminar on agriculture\", \"@language\": \"en\"}]"),
                json);
        assertTrue(json.contains("{\"@value\": \"2024-05-12\", \"@type\": \"xsd:date\"}"), json);
    }

    @Test
    void theJsonLdContextDefinesThePrefixes() {
        String context = new String(ReadBack.write(new JsonLdContextWriter(SampleRelease.PREFIXES), SAMPLE),
                StandardCharsets.UTF_8);
        assertTrue(context.contains("\"ngv\": \"https://example.gov.vn/def/ngv#\""), context);
        assertTrue(context.contains("\"dcterms\": \"http://purl.org/dc/terms/\""), context);
    }

    @Test
    void rdfXmlDeclaresAnUnknownNamespaceOnTheProperty() {
        String xml = new String(ReadBack.write(new RdfXmlDistributionWriter(SampleRelease.PREFIXES), SAMPLE),
                StandardCharsets.UTF_8);
        assertTrue(xml.contains("<ns0:odd-property xmlns:ns0=\"https://example.gov.vn/def/other/\"></ns0:odd-property>"),
                xml);
        assertTrue(xml.contains("rdf:resource=\"https://example.org/org?a=1&amp;b=2\""), xml);
    }

    @Test
    void rdfXmlRefusesWhatXmlCannotCarry() {
        ReleaseSource control = TestSources.triples(sink -> sink.triple(Triple.create(
                NodeFactory.createURI("https://example.gov.vn/id/x"), NodeFactory.createURI("http://schema.org/name"),
                NodeFactory.createLiteralString("bell \u0007"))));
        ReleaseSource noLocalName = TestSources.triples(sink -> sink.triple(Triple.create(
                NodeFactory.createURI("https://example.gov.vn/id/x"), NodeFactory.createURI("https://example.gov.vn/p/1"),
                NodeFactory.createLiteralString("x"))));
        RdfXmlDistributionWriter writer = new RdfXmlDistributionWriter(SampleRelease.PREFIXES);
        assertThrows(IllegalArgumentException.class, () -> writer.write(control, OutputStream.nullOutputStream()));
        assertThrows(IllegalArgumentException.class,
                () -> writer.write(noLocalName, OutputStream.nullOutputStream()));
    }
}
