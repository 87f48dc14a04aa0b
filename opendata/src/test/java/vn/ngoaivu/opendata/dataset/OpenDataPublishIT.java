package vn.ngoaivu.opendata.dataset;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ngoaivu.opendata.catalog.DcatCatalog;
import vn.ngoaivu.opendata.catalog.DcatValidator;
import vn.ngoaivu.opendata.catalog.ReleaseValidator;
import vn.ngoaivu.opendata.privacy.PublicationBlocked;
import vn.ngoaivu.opendata.privacy.PublicationGate;
import vn.ngoaivu.opendata.publish.OpenData;
import vn.ngoaivu.opendata.publish.PublicationSchedule;
import vn.ngoaivu.opendata.release.Column;
import vn.ngoaivu.opendata.release.Prefixes;
import vn.ngoaivu.opendata.release.ReleaseStore;
import vn.ngoaivu.opendata.release.ReleaseUrls;
import vn.ngoaivu.opendata.sparql.PublishedStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Publication end to end over a real registry: the schedule by update frequency, and a refused dataset writing nothing. */
class OpenDataPublishIT {

    @TempDir
    static Path dir;
    static RegistrySample sample;
    static PublishedStore published;

    @BeforeAll
    static void start() {
        sample = new RegistrySample(dir.resolve("registry"));
        published = PublishedStore.inMemory();
    }

    @AfterAll
    static void stop() {
        published.close();
        sample.close();
    }

    private static OpenData openData(List<DatasetDefinition> definitions, Path releases, Clock clock) {
        ReleaseUrls urls = new ReleaseUrls(RegistrySample.BASE + "data/");
        return new OpenData(definitions, sample.context, new PublicationGate(sample.database.dataSource()),
                new ReleaseValidator(RegistrySample.ONTOLOGY.validator(), 100),
                new ReleaseStore(releases, Prefixes.of(RegistrySample.ONTOLOGY), urls, clock), published,
                new DcatCatalog(RegistrySample.ONTOLOGY, RegistrySample.DEPARTMENT, urls), new DcatValidator(), clock);
    }

    @Test
    void theSchedulePublishesWhatItsFrequencyMakesDue() {
        Instant start = Instant.parse("2026-03-01T00:00:00Z");
        List<DatasetDefinition> all = new DatasetDefinitions(RegistrySample.ONTOLOGY).all();
        long regular = all.stream().filter(d -> d.frequency().interval().isPresent()).count();
        Path releases = dir.resolve("scheduled");
        OpenData first = openData(all, releases, Clock.fixed(start, ZoneOffset.UTC));
        assertEquals(regular, new PublicationSchedule(first, Clock.fixed(start, ZoneOffset.UTC)).publishDue());
        assertEquals(0, new PublicationSchedule(first, Clock.fixed(start.plus(Duration.ofDays(1)), ZoneOffset.UTC)).publishDue(),
                "nothing is due a day later");
        Instant later = start.plus(Duration.ofDays(31));
        OpenData month = openData(all, releases, Clock.fixed(later, ZoneOffset.UTC));
        long monthlyOrMore = all.stream().filter(d -> d.frequency().interval().map(i -> i.toDays() <= 31).orElse(false)).count();
        assertEquals(monthlyOrMore, new PublicationSchedule(month, Clock.fixed(later, ZoneOffset.UTC)).publishDue());
        all.stream().filter(d -> d.frequency().interval().isEmpty())
                .forEach(d -> assertTrue(month.releases(d.id()).isEmpty(), d.id() + " is irregular: published by hand only"));
        assertEquals(0, new DcatValidator().validate(month.catalog()).violationCount());

        // A store lost (or left behind by a crash) is refilled from the release files.
        try (PublishedStore fresh = PublishedStore.inMemory()) {
            OpenData restarted = new OpenData(all, sample.context, new PublicationGate(sample.database.dataSource()),
                    new ReleaseValidator(RegistrySample.ONTOLOGY.validator(), 100),
                    new ReleaseStore(releases, Prefixes.of(RegistrySample.ONTOLOGY), new ReleaseUrls(RegistrySample.BASE + "data/"),
                            Clock.systemUTC()), fresh, new DcatCatalog(RegistrySample.ONTOLOGY, RegistrySample.DEPARTMENT,
                    new ReleaseUrls(RegistrySample.BASE + "data/")), new DcatValidator(), Clock.systemUTC());
            assertEquals(regular, restarted.reconcileStore());
            assertEquals(0, restarted.reconcileStore(), "nothing to do once in step");
            assertFalse(restarted.describe(sample.expertIri(sample.consenting.id())).isEmpty());
        }
    }

    @Test
    void aRefusedPublicationWritesNothing() throws Exception {
        DatasetDefinition directory = new DatasetDefinitions(RegistrySample.ONTOLOGY).byId("expert-directory").orElseThrow();
        List<String> names = directory.columns().stream().map(Column::name).toList();
        String[] leaking = new String[names.size()];
        leaking[names.indexOf("id")] = sample.expertIri(sample.notConsenting.id());
        leaking[names.indexOf("fullName")] = "Trần Thị Bình";
        DatasetDefinition wrong = directory.withSource(directory.fields(),
                context -> OpenDataIT.fixedRows(directory.columns(), List.of(new ArrayList<>(Arrays.asList(leaking)))));
        Path releases = dir.resolve("refused");
        OpenData openData = openData(List.of(wrong), releases, Clock.systemUTC());

        assertThrows(PublicationBlocked.class, () -> openData.publish("expert-directory"));
        assertTrue(openData.releases("expert-directory").isEmpty());
        assertFalse(Files.exists(releases.resolve("expert-directory").resolve("1")));
        assertTrue(openData.describe(sample.expertIri(sample.notConsenting.id())).isEmpty(), "nothing reached SPARQL either");
    }
}
