package vn.ngoaivu.opendata.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseStoreTest {

    private static final Instant NOW = Instant.parse("2026-01-15T03:00:00Z");
    private static final SampleRelease SAMPLE = new SampleRelease();

    @TempDir
    Path root;

    private ReleaseStore store() {
        return new ReleaseStore(root, SampleRelease.PREFIXES, new ReleaseUrls("https://example.gov.vn/data/"),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void writesEveryFileWithItsSizeAndChecksumInTheManifest() throws Exception {
        Release release = store().publish(SampleRelease.DATASET, SAMPLE);
        assertEquals(1, release.number());
        assertEquals(NOW, release.issued());
        assertEquals(SAMPLE.size(), release.triples());
        assertEquals(2, release.rows());
        assertEquals(List.of(DistributionFormat.values()),
                release.distributions().stream().map(Distribution::format).toList());
        Path dir = root.resolve("licensed-conferences/1");
        for (Distribution distribution : release.distributions()) {
            byte[] bytes = Files.readAllBytes(dir.resolve(distribution.fileName()));
            assertEquals(bytes.length, distribution.byteSize(), distribution.fileName());
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                    distribution.sha256(), distribution.fileName());
            // Permissions, not Files.isWritable: root may write anything.
            assertEquals(PosixFilePermissions.fromString("r--r--r--"),
                    Files.getPosixFilePermissions(dir.resolve(distribution.fileName())), distribution.fileName());
        }
        assertEquals(Set.of("data.ttl", "data.nt", "data.jsonld", "context.jsonld", "data.rdf", "data.json",
                "data.csv", "csv-metadata.json", "release.json"), list(dir));
        assertEquals(release, store().release("licensed-conferences", 1).orElseThrow());
    }

    @Test
    void theJsonLdNamesItsOwnReleasesContext() throws Exception {
        store().publish(SampleRelease.DATASET, SAMPLE);
        String jsonLd = Files.readString(root.resolve("licensed-conferences/1/data.jsonld"));
        assertTrue(jsonLd.contains("\"@context\": \"" + ReadBack.CONTEXT_URL + "\""), jsonLd);
        byte[] bytes = Files.readAllBytes(root.resolve("licensed-conferences/1/data.jsonld"));
        assertTrue(ReadBack.parse(bytes, Lang.JSONLD, SampleRelease.PREFIXES).isIsomorphicWith(SAMPLE.graph()));
    }

    @Test
    void numbersFormASeriesAndTheLatestIsTheNewest() throws Exception {
        ReleaseStore store = store();
        assertTrue(store.latest("licensed-conferences").isEmpty());
        store.publish(SampleRelease.DATASET, SAMPLE);
        Release second = store.publish(SampleRelease.DATASET, SAMPLE);
        assertEquals(2, second.number());
        assertEquals(List.of(1, 2), store.numbers("licensed-conferences"));
        assertEquals(second, store.latest("licensed-conferences").orElseThrow());
        StoredDistribution csv = store.file("licensed-conferences", 2, DistributionFormat.CSV).orElseThrow();
        assertEquals(root.resolve("licensed-conferences/2/data.csv"), csv.path());
        assertEquals(second.distribution(DistributionFormat.CSV).orElseThrow(), csv.distribution());
        assertTrue(store.file("licensed-conferences", 3, DistributionFormat.CSV).isEmpty());
    }

    @Test
    void aWrittenReleaseIsNeverOverwritten() throws Exception {
        ReleaseStore store = store();
        store.publish(SampleRelease.DATASET, SAMPLE);
        byte[] before = Files.readAllBytes(root.resolve("licensed-conferences/1/data.nt"));
        ReleaseSource other = TestSources.triples(sink -> { });
        assertThrows(FileAlreadyExistsException.class, () -> store.write(SampleRelease.DATASET, 1, other));
        assertArrayEquals(before, Files.readAllBytes(root.resolve("licensed-conferences/1/data.nt")));
        assertEquals(Set.of("1"), list(root.resolve("licensed-conferences")));
    }

    @Test
    void aFailedWriteLeavesNothingBehind() throws Exception {
        ReleaseSource failing = TestSources.of(SAMPLE::triples, SAMPLE.columns(), sink -> {
            throw new IllegalStateException("database went away");
        });
        assertThrows(IllegalStateException.class, () -> store().publish(SampleRelease.DATASET, failing));
        assertEquals(Set.of(), list(root.resolve("licensed-conferences")));
        assertTrue(store().latest("licensed-conferences").isEmpty());
    }

    @Test
    void refusesDatasetIdsThatAreNotPathSegments() {
        assertThrows(IllegalArgumentException.class, () -> store().numbers("../etc"));
        assertThrows(IllegalArgumentException.class, () -> new DatasetInfo("A b", "x", "y"));
    }

    @Test
    void theManifestIsReadableJson() throws Exception {
        store().publish(SampleRelease.DATASET, SAMPLE);
        String manifest = Files.readString(root.resolve("licensed-conferences/1/release.json"), StandardCharsets.UTF_8);
        assertTrue(manifest.contains("\"dataset\": \"licensed-conferences\""), manifest);
        assertTrue(manifest.contains("\"issued\": \"2026-01-15T03:00:00Z\""), manifest);
        assertTrue(manifest.contains("{\"format\": \"ntriples\", \"mediaType\": \"application/n-triples\", "
                + "\"fileName\": \"data.nt\", \"byteSize\": "), manifest);
    }

    private static Set<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(path -> path.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}
