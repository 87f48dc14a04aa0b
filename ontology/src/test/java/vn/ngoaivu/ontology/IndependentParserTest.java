package vn.ngoaivu.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Writes every model with Jena and parses the files with rapper (Raptor, a separate implementation),
 * so that what the platform publishes is readable beyond Jena. Skipped without rapper, unless
 * NGOAIVU_REQUIRE_TOOLS=true (as in CI), where a missing tool is a failure.
 */
class IndependentParserTest {

    @TempDir
    static Path dir;

    static Stream<Arguments> files() {
        Ontology ontology = TestOntology.ONTOLOGY;
        Map<String, Model> models = new LinkedHashMap<>();
        models.put("ngv", ontology.vocabulary());
        models.put("shapes", ontology.shapes());
        for (Scheme scheme : Scheme.values()) {
            models.put("scheme-" + scheme.id(), ontology.schemeModel(scheme));
        }
        return models.entrySet().stream().flatMap(entry -> Stream.of(
                Arguments.of(entry.getKey() + ".ttl", entry.getValue(), Lang.TURTLE, "turtle"),
                Arguments.of(entry.getKey() + ".nt", entry.getValue(), Lang.NTRIPLES, "ntriples")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void rapperParsesTheSameNumberOfTriples(String fileName, Model model, Lang lang, String rapperSyntax)
            throws Exception {
        Rapper.require();
        Path file = dir.resolve(fileName);
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, model, lang);
        }
        assertEquals(model.size(), Rapper.countTriples(file, rapperSyntax), fileName);
    }
}
