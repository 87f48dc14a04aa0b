package vn.ngoaivu.registry.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ngoaivu.registry.expert.ConsentPurpose;
import vn.ngoaivu.registry.expert.Expert;
import vn.ngoaivu.registry.RegistryExceptions;
import vn.ngoaivu.registry.expert.ExpertFacet;
import vn.ngoaivu.registry.expert.ExpertProfile;
import vn.ngoaivu.registry.expert.ExpertSearchRequest;
import vn.ngoaivu.registry.expert.ExpertSearchRequest.Sort;
import vn.ngoaivu.registry.expert.ExpertSearchResult;
import vn.ngoaivu.registry.expert.SearchAudience;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ngoaivu.registry.search.SearchFixture.OFFICER;
import static vn.ngoaivu.registry.search.SearchFixture.named;
import static vn.ngoaivu.registry.search.SearchFixture.profile;

/**
 * The behaviour of expert search, the same on every backend: subclasses say which backend. One registry per
 * class with a fixed set of experts; tests that change experts use their own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ExpertSearchContract {

    protected SearchFixture fixture;
    private Path dir;
    private final Map<String, UUID> ids = new java.util.HashMap<>();

    /** The backend under test; {@code dir} is a fresh directory for its files. */
    protected abstract SearchSettings settings(Path dir) throws Exception;

    @BeforeAll
    void createRegistry() throws Exception {
        dir = Files.createTempDirectory("search-contract");
        fixture = new SearchFixture(dir.resolve("pg"), settings(dir));
        add("A", profile("Nguyễn Văn Á", "Van A Nguyen", "JP", "Đại học Tokyo", List.of("1.3"), "TS", "GS",
                List.of("vật liệu nano"), List.of("fullName", "latinName", "countryCode", "fields")), true);
        add("B", profile("Đặng Thị Hoa", null, "DE", "Siemens Energy", List.of("2.2"), "THS", null, List.of("điện gió"),
                List.of("fullName", "countryCode", "organisation", "fields")), true);
        add("TAM_HIDDEN", profile("Lê Văn Tâm", null, "US", "Đại học Harvard", List.of("1.2"), "TS", null, List.of(),
                List.of("fullName", "countryCode")), false);
        add("TAM", profile("Lê Văn Tám", null, "US", "Google", List.of("1.2"), "TS", null, List.of(), List.of("fullName")), true);
        for (String name : List.of("Trần Anh", "Phạm Ánh", "Võ Ân", "Hồ Bình", "Lý Đức", "Mai Dung")) {
            add(name, named(name, "JP"), false);
        }
        fixture.awaitIndexed();
    }

    private void add(String key, ExpertProfile profile, boolean partnerConsent) {
        Expert expert = fixture.experts.create(profile, "hop-tac", OFFICER);
        ids.put(key, expert.id());
        if (partnerConsent) {
            fixture.experts.recordConsent(expert.id(), ConsentPurpose.PARTNER_SHARING, true, "paper-form", "v1", OFFICER);
        }
    }

    @AfterAll
    void close() {
        fixture.close();
    }

    // --- Vietnamese text ---

    @Test
    void textWithoutDiacriticsFindsNamesWithThem() {
        assertEquals(List.of(ids.get("A")), idsOf(staff("nguyen van a")));
        assertEquals(List.of(ids.get("B")), idsOf(staff("dang")), "Đ folds to d");
        assertEquals(List.of(ids.get("B")), idsOf(staff("DANG thi HOA")));
    }

    @Test
    void exactDiacriticsRankFirst() {
        assertEquals(List.of(ids.get("TAM"), ids.get("TAM_HIDDEN")), idsOf(staff("Tám")));
        assertEquals(List.of(ids.get("TAM_HIDDEN"), ids.get("TAM")), idsOf(staff("Tâm")));
        assertEquals(Set.of(ids.get("TAM"), ids.get("TAM_HIDDEN")), new HashSet<>(idsOf(staff("tam"))));
    }

    @Test
    void decomposedInputIsNormalised() {
        String nfd = Normalizer.normalize("Nguyễn Văn Á", Normalizer.Form.NFD);
        assertTrue(nfd.length() > "Nguyễn Văn Á".length(), "the test text is decomposed");
        assertEquals(List.of(ids.get("A")), idsOf(staff(nfd)));
    }

    @Test
    void wordOrderAndTheLatinNameAreTolerated() {
        assertEquals(List.of(ids.get("A")), idsOf(staff("a nguyen van")));
        assertEquals(List.of(ids.get("A")), idsOf(staff("Nguyen Van A")));
        assertEquals(List.of(ids.get("B")), idsOf(staff("hoa dang")));
    }

    @Test
    void organisationKeywordsAndFieldLabelsInBothLanguagesAreSearched() {
        assertEquals(List.of(ids.get("B")), idsOf(staff("siemens")));
        assertEquals(List.of(ids.get("A")), idsOf(staff("vat lieu nano")));
        assertEquals(List.of(ids.get("A")), idsOf(staff("physical sciences")), "FORD 1.3 in English");
        assertEquals(List.of(ids.get("A")), idsOf(staff("vật lý")), "FORD 1.3 in Vietnamese");
        assertEquals(List.of(ids.get("A")), idsOf(staff("natural sciences tokyo")), "the broader area's label too");
    }

    @Test
    void phrasesExclusionsAndPrefixesWork() {
        assertEquals(List.of(ids.get("A")), idsOf(staff("\"van a\"")));
        assertEquals(List.of(ids.get("TAM_HIDDEN")), idsOf(staff("tam -google")));
        assertEquals(List.of(ids.get("B")), idsOf(staff("siem*")));
    }

    @Test
    void hitsCarryHighlightsEscapedForHtml() {
        ExpertSearchResult.Hit hit = staff("siemens").hits().get(0);
        assertEquals("<mark>Siemens</mark> Energy", hit.highlights().get("organisation"));
        assertEquals(Optional.of("Đặng Thị Hoa"), hit.fullName());
        assertEquals(List.of("2.2"), hit.fields());
    }

    // --- facets, filters, sorting, paging ---

    @Test
    void facetsCountEveryMatchAndFiltersCombine() {
        ExpertSearchResult all = fixture.search.search(request(null, Map.of(), Sort.NAME, 1, 5, null), SearchAudience.STAFF);
        assertEquals(10, all.total());
        assertEquals(Map.of("JP", 7L, "US", 2L, "DE", 1L), counts(all, ExpertFacet.COUNTRY));
        assertEquals(Map.of("1", 3L, "2", 1L), counts(all, ExpertFacet.AREA), "fields roll up to their area");
        assertEquals(Map.of("1.2", 2L, "1.3", 1L, "2.2", 1L), counts(all, ExpertFacet.FIELD));
        assertEquals("Nhật Bản", all.facets().get(ExpertFacet.COUNTRY).stream().filter(c -> c.code().equals("JP"))
                .findFirst().orElseThrow().labelVi());
        ExpertSearchResult filtered = fixture.search.search(request(null,
                Map.of(ExpertFacet.AREA, List.of("1"), ExpertFacet.COUNTRY, List.of("US", "JP")), Sort.NAME, 1, 10, null),
                SearchAudience.STAFF);
        assertEquals(Set.of(ids.get("A"), ids.get("TAM"), ids.get("TAM_HIDDEN")), new HashSet<>(idsOf(filtered)));
        assertEquals(Map.of("TS", 3L), counts(filtered, ExpertFacet.DEGREE));
    }

    @Test
    void nameSortFollowsVietnameseListsGivenNameFirst() {
        ExpertSearchResult page = fixture.search.search(request(null, Map.of(ExpertFacet.COUNTRY, List.of("JP")), Sort.NAME,
                1, 10, null), SearchAudience.STAFF);
        assertEquals(List.of("Nguyễn Văn Á", "Trần Anh", "Phạm Ánh", "Võ Ân", "Hồ Bình", "Mai Dung", "Lý Đức"),
                page.hits().stream().map(h -> h.fullName().orElseThrow()).toList());
    }

    @Test
    void aCursorWalksEveryResultOnceAndPagesAreCapped() {
        for (Sort sort : List.of(Sort.NAME, Sort.UPDATED)) {
            List<UUID> walked = new ArrayList<>();
            String cursor = null;
            do {
                ExpertSearchResult page = fixture.search.search(request(null, Map.of(), sort, 1, 3, cursor), SearchAudience.STAFF);
                walked.addAll(idsOf(page));
                cursor = page.nextCursor().orElse(null);
            } while (cursor != null);
            assertEquals(10, walked.size(), sort + ": " + walked);
            assertEquals(10, new HashSet<>(walked).size(), sort + " visits each expert once");
        }
        ExpertSearchResult second = fixture.search.search(request(null, Map.of(), Sort.NAME, 2, 4, null), SearchAudience.STAFF);
        assertEquals(4, second.hits().size());
        assertInvalid("size", request(null, Map.of(), Sort.NAME, 1, 101, null));
        assertInvalid("page", request(null, Map.of(), Sort.NAME, 101, 100, null));
        assertInvalid("cursor", request("nguyen", Map.of(), Sort.RELEVANCE, 1, 10, "eA"));
        assertThrows(RegistryExceptions.InvalidCursor.class, () -> fixture.search.search(
                request(null, Map.of(), Sort.NAME, 1, 10, "bm90LWEtY3Vyc29y"), SearchAudience.STAFF));
    }

    // --- visibility ---

    @Test
    void partnersFindOnlyConsentingExpertsByTheFieldsOpenedToThem() {
        assertEquals(List.of(ids.get("TAM")), idsOf(partner("tam")), "no consent, not found");
        assertEquals(List.of(), idsOf(partner("tokyo")), "A's organisation is internal: it cannot match");
        assertEquals(List.of(ids.get("B")), idsOf(partner("siemens")), "B opened its organisation");
        assertEquals(List.of(), idsOf(partner("google")));
        ExpertSearchResult all = fixture.search.search(request(null, Map.of(), Sort.NAME, 1, 10, null), SearchAudience.PARTNERS);
        assertEquals(3, all.total());
        assertEquals(Map.of("JP", 1L, "DE", 1L), counts(all, ExpertFacet.COUNTRY), "TAM's country is internal: not counted");
        assertEquals(Map.of(), counts(all, ExpertFacet.DEGREE), "nobody opened the degree");
        assertFalse(all.facets().containsKey(ExpertFacet.STATUS));
        ExpertSearchResult.Hit a = all.hits().stream().filter(h -> h.id().equals(ids.get("A"))).findFirst().orElseThrow();
        assertEquals(Optional.empty(), a.organisation());
        assertEquals(Optional.empty(), a.highestDegree());
        assertEquals(Optional.empty(), a.updatedAt());
        assertEquals(Optional.of("JP"), a.countryCode());
        assertInvalid("status", request(null, Map.of(ExpertFacet.STATUS, List.of("active")), Sort.NAME, 1, 10, null),
                SearchAudience.PARTNERS);
    }

    @Test
    void consentWithdrawalDeletionAndRestoreReachTheIndex() throws Exception {
        Expert e = fixture.experts.create(profile("Quách Tĩnh Vĩnh", null, "FR", null, List.of(), null, null, List.of(),
                List.of("fullName")), "hop-tac", OFFICER);
        fixture.experts.recordConsent(e.id(), ConsentPurpose.PARTNER_SHARING, true, "email", "v1", OFFICER);
        fixture.awaitIndexed();
        assertEquals(List.of(e.id()), idsOf(partner("quach tinh")));
        fixture.experts.recordConsent(e.id(), ConsentPurpose.PARTNER_SHARING, false, "email", "v1", OFFICER);
        fixture.awaitIndexed();
        assertEquals(List.of(), idsOf(partner("quach tinh")), "withdrawn consent hides the expert at once");
        assertEquals(List.of(e.id()), idsOf(staff("quach tinh")));
        Expert deleted = fixture.experts.delete(e.id(), e.version(), OFFICER);
        fixture.awaitIndexed();
        assertEquals(List.of(), idsOf(staff("quach tinh")), "deleted experts leave the index");
        fixture.experts.restore(e.id(), deleted.version(), OFFICER);
        fixture.awaitIndexed();
        assertEquals(List.of(e.id()), idsOf(staff("quach tinh")));
        Expert renamed = fixture.experts.find(e.id()).orElseThrow();
        fixture.experts.update(e.id(), renamed.version(), named("Quách Tĩnh Hoàng", "FR"), OFFICER);
        fixture.awaitIndexed();
        assertEquals(List.of(e.id()), idsOf(staff("hoang quach")), "an edit is searchable");
        assertEquals(List.of(), idsOf(staff("quach vinh")));
    }

    // --- suggestions and refusals ---

    @Test
    void suggestionsCompleteNamesWithinTheCallersView() {
        List<ExpertSearchResult.Suggestion> staff = fixture.search.suggest("nguy", 10, SearchAudience.STAFF);
        assertEquals(List.of("Nguyễn Văn Á"), staff.stream().map(ExpertSearchResult.Suggestion::fullName).toList());
        assertEquals(2, fixture.search.suggest("le van t", 10, SearchAudience.STAFF).size());
        assertEquals(List.of("Lê Văn Tám"), fixture.search.suggest("le van t", 10, SearchAudience.PARTNERS).stream()
                .map(ExpertSearchResult.Suggestion::fullName).toList());
        assertEquals(List.of(), fixture.search.suggest("tran", 10, SearchAudience.PARTNERS));
    }

    @Test
    void brokenOrOverlongQueriesAreRefusedWithReasons() {
        assertInvalid("q", request("\"nguyen van", Map.of(), Sort.RELEVANCE, 1, 10, null));
        assertInvalid("q", request("(nguyen", Map.of(), Sort.RELEVANCE, 1, 10, null));
        assertInvalid("q", request("a".repeat(201), Map.of(), Sort.RELEVANCE, 1, 10, null));
        assertInvalid("q", request("a*", Map.of(), Sort.RELEVANCE, 1, 10, null));
        assertInvalid("q", request("-- ||", Map.of(), Sort.RELEVANCE, 1, 10, null));
        assertInvalid("country", request(null, Map.of(ExpertFacet.COUNTRY, List.of("XX1")), Sort.NAME, 1, 10, null));
        assertInvalid("field", request(null, Map.of(ExpertFacet.FIELD, List.of("9.9")), Sort.NAME, 1, 10, null));
    }

    // --- helpers ---

    private ExpertSearchResult staff(String text) {
        return fixture.search.search(request(text, Map.of(), Sort.RELEVANCE, 1, 20, null), SearchAudience.STAFF);
    }

    private ExpertSearchResult partner(String text) {
        return fixture.search.search(request(text, Map.of(), Sort.RELEVANCE, 1, 20, null), SearchAudience.PARTNERS);
    }

    static ExpertSearchRequest request(String text, Map<ExpertFacet, List<String>> filters, Sort sort, int page, int size,
                                       String cursor) {
        return new ExpertSearchRequest(Optional.ofNullable(text).flatMap(SearchText::normalise), filters, sort, page, size,
                Optional.ofNullable(cursor), true, true);
    }

    private void assertInvalid(String parameter, ExpertSearchRequest request) {
        assertInvalid(parameter, request, SearchAudience.STAFF);
    }

    private void assertInvalid(String parameter, ExpertSearchRequest request, SearchAudience audience) {
        RegistryExceptions.InvalidSearch e = assertThrows(RegistryExceptions.InvalidSearch.class,
                () -> fixture.search.search(request, audience));
        assertEquals(parameter, e.problems().get(0).pointer(), e.problems().toString());
    }

    private static List<UUID> idsOf(ExpertSearchResult result) {
        return result.hits().stream().map(ExpertSearchResult.Hit::id).toList();
    }

    private static Map<String, Long> counts(ExpertSearchResult result, ExpertFacet facet) {
        Map<String, Long> counts = new java.util.HashMap<>();
        result.facets().get(facet).forEach(c -> counts.put(c.code(), c.count()));
        return counts;
    }
}
