package vn.ngoaivu.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Assumptions;
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

    private static final Pattern TRIPLE_COUNT = Pattern.compile("returned (\\d+) triples");
    private static final boolean RAPPER_RUNS = rapperRuns();

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
        requireRapper();
        Path file = dir.resolve(fileName);
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, model, lang);
        }
        Process process = new ProcessBuilder("rapper", "-i", rapperSyntax, "-c", file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("rapper did not finish on " + fileName);
        }
        // rapper exits with 2 on warnings: those count as failures too.
        assertEquals(0, process.exitValue(), output);
        Matcher count = TRIPLE_COUNT.matcher(output);
        if (!count.find()) {
            fail("no triple count in rapper's output: " + output);
        }
        assertEquals(model.size(), Long.parseLong(count.group(1)), fileName + ": " + output);
    }

    private static void requireRapper() {
        if (!RAPPER_RUNS) {
            String why = "rapper (Debian package raptor2-utils) is not on the PATH";
            if ("true".equals(System.getenv("NGOAIVU_REQUIRE_TOOLS"))) {
                fail(why + ", and NGOAIVU_REQUIRE_TOOLS=true");
            }
            Assumptions.abort(why + ": independent parsing skipped");
        }
    }

    private static boolean rapperRuns() {
        try {
            Process process = new ProcessBuilder("rapper", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
