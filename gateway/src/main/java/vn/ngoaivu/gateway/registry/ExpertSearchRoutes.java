package vn.ngoaivu.gateway.registry;

import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import vn.ngoaivu.gateway.http.Endpoint;
import vn.ngoaivu.gateway.http.JsonBodies;
import vn.ngoaivu.gateway.http.QueryParameters;
import vn.ngoaivu.gateway.security.Access;
import vn.ngoaivu.gateway.security.Caller;
import vn.ngoaivu.gateway.security.Callers;
import vn.ngoaivu.gateway.security.PersonalDataReads;
import vn.ngoaivu.registry.expert.ExpertFacet;
import vn.ngoaivu.registry.expert.ExpertSearch;
import vn.ngoaivu.registry.expert.ExpertSearchRequest;
import vn.ngoaivu.registry.expert.ExpertSearchResult;
import vn.ngoaivu.registry.expert.ExpertService;
import vn.ngoaivu.registry.expert.SearchAudience;
import vn.ngoaivu.registry.search.SearchText;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /api/v1/experts/search} and {@code /suggest}: full-text search of the registry. Staff search every
 * field; partners with {@code experts:read} search only what experts consented to share with them, and the
 * engine never sees, counts or highlights anything else. Partners' hits are logged as personal-data reads.
 */
public final class ExpertSearchRoutes {

    static final String SEARCH = ExpertRoutes.BASE + "/search";
    static final String SUGGEST = ExpertRoutes.BASE + "/suggest";
    private static final Access READ = Access.staff().orPartnerWith("experts:read");
    private static final int DEFAULT_SIZE = 20;

    private final ExpertSearch search;
    private final PersonalDataReads reads;
    private final JsonBodies json;

    public ExpertSearchRoutes(ExpertSearch search, PersonalDataReads reads, JsonBodies json) {
        this.search = search;
        this.reads = reads;
        this.json = json;
    }

    public List<Endpoint> endpoints() {
        return List.of(
                Endpoint.get(SEARCH, READ, RegistryProblems.guarded(this::search)),
                Endpoint.get(SUGGEST, READ, RegistryProblems.guarded(this::suggest)));
    }

    private void search(ServerRequest req, ServerResponse res) {
        SearchAudience audience = audience(Callers.of(req));
        reads.requirePurpose(req);
        QueryParameters params = new QueryParameters(req);
        // The length is checked by the search itself, after normalisation, with a precise message.
        Optional<String> text = params.text("q", 2_000).flatMap(SearchText::normalise);
        Map<ExpertFacet, List<String>> filters = new EnumMap<>(ExpertFacet.class);
        for (ExpertFacet facet : ExpertFacet.values()) {
            List<String> values = params.list(facet.parameter(), 50);
            if (!values.isEmpty()) {
                filters.put(facet, values);
            }
        }
        String sortCode = params.oneOf("sort", text.isPresent() ? "relevance" : "name", Set.of("relevance", "name", "updated"));
        ExpertSearchRequest request = new ExpertSearchRequest(text, filters,
                ExpertSearchRequest.Sort.valueOf(sortCode.toUpperCase(java.util.Locale.ROOT)),
                params.integer("page", 1, 1, ExpertSearchRequest.MAX_WINDOW),
                params.integer("size", DEFAULT_SIZE, 1, ExpertSearchRequest.MAX_SIZE),
                params.text("cursor", 4_000), flag(params, "highlight"), flag(params, "facets"));
        params.requireValid();
        ExpertSearchResult result = search.search(request, audience);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", result.total());
        body.put("totalRelation", result.totalExact() ? "eq" : "gte");
        if (request.cursor().isEmpty()) {
            body.put("page", request.page());
        }
        body.put("size", request.size());
        body.put("sort", sortCode);
        List<Object> items = new ArrayList<>();
        for (ExpertSearchResult.Hit hit : result.hits()) {
            if (audience == SearchAudience.PARTNERS) {
                reads.record(req, ExpertService.ENTITY_KIND, hit.id().toString(), "search");
            }
            items.add(hit(hit));
        }
        body.put("items", items);
        Map<String, Object> facets = new LinkedHashMap<>();
        result.facets().forEach((facet, counts) -> facets.put(facet.parameter(), counts.stream().map(c -> Map.of(
                "code", c.code(), "count", c.count(), "label", Map.of("vi", c.labelVi(), "en", c.labelEn()))).toList()));
        if (request.facets()) {
            body.put("facets", facets);
        }
        result.nextCursor().ifPresent(cursor -> body.put("next", params.linkWith(SEARCH, "cursor", cursor)));
        json.send(res, Status.OK_200, body);
    }

    private static boolean flag(QueryParameters params, String name) {
        return !"false".equals(params.oneOf(name, "true", Set.of("true", "false")));
    }

    private static Map<String, Object> hit(ExpertSearchResult.Hit hit) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", hit.id().toString());
        item.put("href", ExpertRoutes.BASE + "/" + hit.id());
        hit.fullName().ifPresent(v -> item.put("fullName", v));
        hit.latinName().ifPresent(v -> item.put("latinName", v));
        hit.countryCode().ifPresent(v -> item.put("countryCode", v));
        hit.organisation().ifPresent(v -> item.put("organisation", v));
        hit.position().ifPresent(v -> item.put("position", v));
        if (!hit.fields().isEmpty()) {
            item.put("fields", hit.fields());
        }
        hit.academicTitle().ifPresent(v -> item.put("academicTitle", v));
        hit.highestDegree().ifPresent(v -> item.put("highestDegree", v));
        hit.status().ifPresent(v -> item.put("status", v));
        hit.owningUnit().ifPresent(v -> item.put("owningUnit", v));
        hit.updatedAt().ifPresent(v -> item.put("updatedAt", v.toString()));
        if (!hit.highlights().isEmpty()) {
            item.put("highlights", hit.highlights());
        }
        return item;
    }

    private void suggest(ServerRequest req, ServerResponse res) {
        QueryParameters params = new QueryParameters(req);
        String prefix = params.text("q", 100).orElse("");
        int limit = params.integer("limit", 10, 1, 20);
        params.requireValid();
        reads.requirePurpose(req);
        SearchAudience audience = audience(Callers.of(req));
        List<ExpertSearchResult.Suggestion> suggestions = search.suggest(prefix, limit, audience);
        if (audience == SearchAudience.PARTNERS) {
            suggestions.forEach(s -> reads.record(req, ExpertService.ENTITY_KIND, s.id().toString(), "suggest"));
        }
        json.send(res, Status.OK_200, Map.of("items", suggestions.stream().map(s -> Map.of("id", s.id().toString(),
                "fullName", s.fullName(), "href", ExpertRoutes.BASE + "/" + s.id())).toList()));
    }

    private static SearchAudience audience(Caller caller) {
        return RegistryCallers.isPartnerView(caller) ? SearchAudience.PARTNERS : SearchAudience.STAFF;
    }
}
