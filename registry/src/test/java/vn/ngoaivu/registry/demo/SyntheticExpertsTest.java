package vn.ngoaivu.registry.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.ngoaivu.ontology.CodeLists;
import vn.ngoaivu.ontology.Ontology;
import vn.ngoaivu.ontology.Scheme;
import vn.ngoaivu.registry.expert.ExpertProfile;
import vn.ngoaivu.registry.expert.ExpertValidator;
import vn.ngoaivu.registry.expert.Orcid;
import vn.ngoaivu.registry.FieldProblem;

class SyntheticExpertsTest {

    private static final int SAMPLE = 10_000;
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}*");
    private static final Pattern PHONE = Pattern.compile(
            "\\+1 \\d{3}-555-01\\d{2}|\\+44 7700 900\\d{3}|\\+61 [2378] 5550 \\d{4}|\\+\\d{1,3} 555 01\\d{2}");

    private static Ontology ontology;
    private static CodeLists codes;
    private static SyntheticExperts generator;
    private static List<ExpertProfile> sample;

    @BeforeAll
    static void generate() {
        ontology = Ontology.load("http://localhost:8080/");
        codes = ontology.schemes();
        generator = SyntheticExperts.thanhHoa(ontology, 42);
        sample = generator.stream(SAMPLE).toList();
    }

    // ---------------------------------------------------------------------------------------------------- determinism

    @Test
    void theSameSeedGivesTheSameSequence() {
        SyntheticExperts again = new SyntheticExperts(ontology, SyntheticExperts.THANH_HOA,
                SyntheticExperts.THANH_HOA_HOMETOWNS, 42);
        assertEquals(sample.subList(0, 100), again.stream(100).toList());
        List<ExpertProfile> viaNext = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            viaNext.add(again.next());
        }
        assertEquals(sample.subList(0, 100), viaNext, "next() walks the same sequence as stream()");
        assertEquals(sample.get(4_999), again.profile(5_000), "any profile can be regenerated alone");
    }

    @Test
    void aParallelStreamYieldsTheSameProfiles() {
        assertEquals(sample.subList(0, 2_000), generator.stream(2_000).parallel().toList());
    }

    @Test
    void anotherSeedGivesAnotherSequence() {
        List<ExpertProfile> other = SyntheticExperts.thanhHoa(ontology, 43).stream(100).toList();
        long same = 0;
        for (int i = 0; i < 100; i++) {
            if (other.get(i).fullName().equals(sample.get(i).fullName())) {
                same++;
            }
        }
        assertTrue(same < 5, same + " of 100 names equal across seeds");
    }

    @Test
    void externalKeysNumberTheProfiles() {
        assertEquals("DEMO-000001", sample.get(0).externalKey().orElseThrow());
        assertEquals("DEMO-010000", sample.get(SAMPLE - 1).externalKey().orElseThrow());
        assertEquals("DEMO-1000000", SyntheticExperts.externalKey(1_000_000));
        for (int i = 0; i < SAMPLE; i++) {
            assertEquals(SyntheticExperts.externalKey(i + 1), sample.get(i).externalKey().orElseThrow());
        }
    }

    // ------------------------------------------------------------------------------------------------------ variety

    @Test
    void namesAreVaried() {
        long distinct = sample.stream().map(ExpertProfile::fullName).distinct().count();
        assertTrue(distinct > SAMPLE * 0.9, distinct + " distinct names among " + SAMPLE);
    }

    @Test
    void distributionsAreRealistic() {
        double nguyen = share(p -> p.fullName().startsWith("Nguyễn "));
        assertTrue(nguyen > 0.33 && nguyen < 0.43, "Nguyễn: " + nguyen);
        assertTrue(share(p -> p.fullName().startsWith("Trần ")) > 0.07, "Trần");
        assertTrue(share(p -> p.fullName().startsWith("Lê ")) > 0.07, "Lê");
        double women = share(p -> p.gender().orElseThrow().equals("female"));
        assertTrue(women > 0.3 && women < 0.42, "women: " + women);
        double us = share(p -> p.countryCode().equals("US"));
        assertTrue(us > 0.22 && us < 0.35, "United States: " + us);
        Map<String, Long> byCountry = sample.stream()
                .collect(Collectors.groupingBy(ExpertProfile::countryCode, Collectors.counting()));
        assertTrue(byCountry.size() >= 22, "countries: " + byCountry);
        assertTrue(byCountry.get("US") > byCountry.get("JP") && byCountry.get("JP") > byCountry.get("NZ"), byCountry.toString());
        double professors = share(p -> p.academicTitle().filter("GS"::equals).isPresent());
        double associates = share(p -> p.academicTitle().filter("PGS"::equals).isPresent());
        assertTrue(professors > 0.01 && professors < 0.08, "GS: " + professors);
        assertTrue(associates > 0.02 && associates < 0.12, "PGS: " + associates);
        double doctors = share(p -> p.highestDegree().filter(d -> d.equals("TS") || d.equals("TSKH")).isPresent());
        assertTrue(doctors > 0.4 && doctors < 0.7, "doctors: " + doctors);
        double orcid = share(p -> p.orcid().isPresent());
        assertTrue(orcid > 0.35 && orcid < 0.45, "ORCID: " + orcid);
        double email = share(p -> p.email().isPresent());
        assertTrue(email > 0.65 && email < 0.75, "email: " + email);
        double internal = share(p -> p.visibility().isEmpty());
        assertTrue(internal > 0.75 && internal < 0.92, "internal only: " + internal);
        assertTrue(share(p -> p.engagements().isEmpty()) > 0.3, "most people have few engagements");
        assertTrue(sample.stream().flatMap(p -> p.fields().stream()).distinct().count() >= 40, "fields");
        assertTrue(sample.stream().map(p -> p.organisation().orElse("")).distinct().count() > 200, "organisations");
    }

    // ----------------------------------------------------------------------------------------------------- validity

    @Test
    void everyCodeIsInTheOntology() {
        for (ExpertProfile p : sample) {
            String who = p.externalKey().orElseThrow();
            assertTrue(codes.isValid(Scheme.COUNTRY, p.countryCode()), who + " country " + p.countryCode());
            assertTrue(p.fields().size() >= 1 && p.fields().size() <= 3, who + " fields " + p.fields());
            assertEquals(p.fields().size(), Set.copyOf(p.fields()).size(), who + " duplicate fields");
            for (String field : p.fields()) {
                assertTrue(codes.concept(Scheme.FORD, field).filter(c -> !c.isTopConcept()).isPresent(),
                        who + " FORD field (not area) " + field);
            }
            p.highestDegree().ifPresent(d -> assertTrue(codes.isValid(Scheme.DEGREE, d), who + " degree " + d));
            p.academicTitle().ifPresent(t -> assertTrue(codes.isValid(Scheme.ACADEMIC_TITLE, t), who + " title " + t));
            p.collaborationInterests().forEach(i ->
                    assertTrue(codes.isValid(Scheme.COLLABORATION_INTEREST, i), who + " interest " + i));
            p.education().forEach(e -> assertTrue(codes.isValid(Scheme.DEGREE, e.degree()), who + " education " + e));
            p.engagements().forEach(e ->
                    assertTrue(codes.isValid(Scheme.ENGAGEMENT_KIND, e.kind()), who + " engagement " + e.kind()));
        }
    }

    @Test
    void everyProfilePassesTheRegistryValidator() {
        ExpertValidator validator = new ExpertValidator(codes);
        Map<String, List<FieldProblem>> invalid = new HashMap<>();
        for (ExpertProfile p : sample.subList(0, 3_000)) {
            List<FieldProblem> problems = validator.problems(p);
            if (!problems.isEmpty() && invalid.size() < 5) {
                invalid.put(p.externalKey().orElseThrow(), problems);
            }
        }
        assertEquals(Map.of(), invalid);
        assertTrue(sample.stream().flatMap(p -> p.visibility().keySet().stream())
                .allMatch(ExpertValidator.SHAREABLE_FIELDS::contains));
    }

    @Test
    void namesAreVietnameseAndFictional() {
        long withDiacritics = 0;
        for (ExpertProfile p : sample) {
            String name = p.fullName();
            assertEquals(Normalizer.normalize(name, Normalizer.Form.NFC), name, "NFC: " + name);
            String[] words = name.split(" ");
            assertTrue(words.length >= 3 && words.length <= 5, name);
            for (String word : words) {
                assertTrue(NAME_WORD.matcher(word).matches(), "plausible word '" + word + "' in " + name);
            }
            if (name.chars().anyMatch(c -> c > 127)) {
                withDiacritics++;
            }
            assertFalse(NameTables.WELL_KNOWN.contains(name), "a public figure: " + name);
            String latin = p.latinName().orElseThrow();
            assertTrue(latin.chars().allMatch(c -> c < 128), "ASCII latin name: " + latin);
            assertTrue(latin.endsWith(" " + NameTables.fold(words[0])), "family name last: " + latin + " / " + name);
            assertTrue(latin.contains(NameTables.fold(words[words.length - 1])), "given name: " + latin + " / " + name);
            assertTrue(p.gender().filter(Set.of("male", "female", "other")::contains).isPresent());
        }
        assertTrue(withDiacritics > SAMPLE * 0.85, withDiacritics + " names with diacritics");
        ExpertProfile first = sample.get(0);
        assertNotEquals(first.fullName(), first.latinName().orElseThrow());
    }

    @Test
    void notesMarkEveryProfileAsFictional() {
        assertTrue(sample.stream().allMatch(p -> p.notes().orElseThrow().contains(SyntheticExperts.FICTIONAL_MARKER)));
        assertTrue(sample.stream().allMatch(p -> p.notes().orElseThrow().contains("Dữ liệu giả lập (synthetic, fictional)")));
    }

    @Test
    void contactsAreFictional() {
        Set<String> emails = new HashSet<>();
        Set<String> orcids = new HashSet<>();
        for (ExpertProfile p : sample) {
            p.email().ifPresent(email -> {
                String domain = email.substring(email.indexOf('@') + 1);
                assertTrue(SyntheticExperts.EMAIL_DOMAINS.contains(domain), "RFC 2606 domain: " + email);
                assertTrue(emails.add(email), "unique email " + email);
            });
            p.orcid().ifPresent(orcid -> {
                assertTrue(Orcid.isValid(orcid), "ORCID check digit: " + orcid);
                assertTrue(orcid.startsWith("0009-99"), "outside ORCID's allocated blocks: " + orcid);
                assertTrue(orcids.add(orcid), "unique ORCID " + orcid);
            });
            p.phone().ifPresent(phone -> assertTrue(PHONE.matcher(phone).matches(), "fictional number: " + phone));
            p.website().ifPresent(site -> assertTrue(site.startsWith("https://www.example.org/"), site));
        }
    }

    @Test
    void lifeDataHangTogether() {
        Set<String> hometowns = Set.copyOf(SyntheticExperts.THANH_HOA_HOMETOWNS);
        LocalDate from = LocalDate.of(2018, 1, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);
        for (ExpertProfile p : sample) {
            String who = p.externalKey().orElseThrow();
            int born = p.birthYear().orElseThrow();
            assertTrue(born >= 1950 && born <= 1995, who + " born " + born);
            assertTrue(hometowns.contains(p.hometown().orElseThrow()), who);
            assertTrue(p.city().isPresent() && p.position().isPresent() && p.highestDegree().isPresent(), who);
            assertTrue(p.languages().contains("vi") && p.languages().contains("en"), who + " " + p.languages());
            assertFalse(p.keywords().isEmpty(), who);
            assertTrue(p.collaborationInterests().size() >= 1 && p.collaborationInterests().size() <= 3, who);
            assertTrue(p.affiliations().size() <= 2, who);
            assertTrue(p.education().size() >= 1 && p.education().size() <= 3, who);
            assertEquals(p.highestDegree().orElseThrow(), p.education().getLast().degree(), who + " highest degree last");
            int previous = 0;
            for (ExpertProfile.Education e : p.education()) {
                int year = e.year().orElseThrow();
                assertTrue(year >= previous && year > born + 18 && year <= 2026, who + " " + p.education());
                previous = year;
            }
            p.academicTitle().ifPresent(t -> assertTrue(
                    p.highestDegree().filter(Set.of("TS", "TSKH", "CK2")::contains).isPresent() && born <= 1986,
                    who + " " + t + " with " + p.highestDegree() + " born " + born));
            assertTrue(p.engagements().size() <= 3, who);
            LocalDate last = from;
            for (ExpertProfile.Engagement e : p.engagements()) {
                assertFalse(e.date().isBefore(last) || e.date().isAfter(to), who + " " + e);
                assertFalse(e.description().isBlank(), who);
                last = e.date();
            }
        }
    }

    @Test
    void usesTheGivenProvinceAndHometowns() {
        SyntheticExperts nghean = new SyntheticExperts(ontology, "Nghệ An", List.of("xã Kim Liên"), 7);
        List<ExpertProfile> profiles = nghean.stream(2_000).toList();
        assertTrue(profiles.stream().allMatch(p -> p.hometown().orElseThrow().equals("xã Kim Liên")));
        List<String> descriptions = profiles.stream().flatMap(p -> p.engagements().stream())
                .map(ExpertProfile.Engagement::description).toList();
        assertFalse(descriptions.isEmpty());
        assertTrue(descriptions.stream().noneMatch(d -> d.contains("Thanh Hóa")));
        assertTrue(descriptions.stream().anyMatch(d -> d.contains("Nghệ An")));
    }

    @Test
    void refusesBadArguments() {
        assertThrows(IllegalArgumentException.class,
                () -> new SyntheticExperts(ontology, " ", SyntheticExperts.THANH_HOA_HOMETOWNS, 1));
        assertThrows(IllegalArgumentException.class, () -> new SyntheticExperts(ontology, "Thanh Hóa", List.of(), 1));
        assertThrows(IllegalArgumentException.class, () -> generator.stream(-1));
        assertThrows(IllegalArgumentException.class, () -> generator.profile(0));
        assertEquals(0, generator.stream(0).count());
    }

    // -------------------------------------------------------------------------------------------- laziness, memory

    @Test
    void streamsAreLazy() {
        List<ExpertProfile> first = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> generator.stream(1_000_000).limit(10).toList());
        assertEquals(sample.subList(0, 10), first);
        // Nothing is materialised: even a practically endless stream can be started.
        assertEquals(sample.subList(0, 3), generator.stream(Long.MAX_VALUE).limit(3).toList());
    }

    @Test
    void largeStreamsRunInConstantMemory() {
        // count() alone could skip generating a sized stream; the filter makes every profile be built.
        long started = System.nanoTime();
        long counted = generator.stream(200_000)
                .filter(p -> p.notes().orElseThrow().startsWith(SyntheticExperts.FICTIONAL_MARKER))
                .count();
        double seconds = (System.nanoTime() - started) / 1e9;
        assertEquals(200_000, counted);
        System.out.printf("SyntheticExperts: 200,000 profiles in %.2f s (%.0f profiles/s)%n", seconds, counted / seconds);
    }

    private static double share(java.util.function.Predicate<ExpertProfile> test) {
        return sample.stream().filter(test).count() / (double) SAMPLE;
    }
}
