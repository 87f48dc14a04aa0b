package vn.ngoaivu.opendata.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.ngoaivu.ontology.Rapper;

/** A release's N-Triples, Turtle and RDF/XML, as written by the store, read by rapper, not only by Jena. */
class IndependentParserTest {

    @TempDir
    static Path root;
    private static Release release;

    @BeforeAll
    static void writeRelease() throws Exception {
        ReleaseStore store = new ReleaseStore(root, SampleRelease.PREFIXES,
                new ReleaseUrls("https://example.gov.vn/data/"), Clock.systemUTC());
        release = store.publish(SampleRelease.DATASET, new SampleRelease());
    }

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of(DistributionFormat.N_TRIPLES, "ntriples"),
                Arguments.of(DistributionFormat.TURTLE, "turtle"),
                Arguments.of(DistributionFormat.RDF_XML, "rdfxml"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("files")
    void rapperReadsEveryTriple(DistributionFormat format, String rapperSyntax) throws Exception {
        Rapper.require();
        Path file = root.resolve(SampleRelease.DATASET.id()).resolve("1").resolve(format.fileName());
        assertEquals(release.triples(), Rapper.countTriples(file, rapperSyntax));
    }
}
