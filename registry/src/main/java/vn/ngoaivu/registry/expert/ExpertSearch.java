package vn.ngoaivu.registry.expert;

import vn.ngoaivu.registry.FieldProblem;
import vn.ngoaivu.registry.RegistryExceptions;

import org.hibernate.SessionFactory;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import vn.ngoaivu.ontology.CodeLists;
import vn.ngoaivu.registry.search.SearchFailures;
import vn.ngoaivu.registry.search.SearchText;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Full-text search of experts over the index: Vietnamese-aware text matching, filters and facet counts,
 * sorts, highlights, pages and cursor walks, and name suggestions. Every query reads only the caller's
 * {@link SearchAudience} part of the index, so visibility is enforced by the query itself.
 */
public final class ExpertSearch {

    private static final int MAX_FACET_VALUES = 100;
    static final int EXACT_TOTAL_UP_TO = 1_000;
    private static final int MAX_FILTER_VALUES = 20;

    private final SessionFactory sessions;
    private final CodeLists codes;
    private final Duration timeout;
    private final boolean remoteEngine;

    /**
     * @param remoteEngine whether the index is in Elasticsearch/OpenSearch, where any failure to answer is
     *                     the engine's being unavailable (503), not a fault of the platform
     */
    public ExpertSearch(SessionFactory sessions, CodeLists codes, Duration timeout, boolean remoteEngine) {
        this.sessions = sessions;
        this.codes = codes;
        this.timeout = timeout;
        this.remoteEngine = remoteEngine;
    }

    public ExpertSearchResult search(ExpertSearchRequest request, SearchAudience audience) {
        validate(request, audience);
        Optional<ExpertSearchCursor> after = request.cursor().map(ExpertSearchCursor::decode);
        after.filter(c -> c.sort() != request.sort()).ifPresent(c -> {
            throw new RegistryExceptions.InvalidCursor();
        });
        Map<ExpertFacet, AggregationKey<Map<String, Long>>> keys = new EnumMap<>(ExpertFacet.class);
        for (ExpertFacet facet : ExpertFacet.values()) {
            if (request.facets() && facet.availableTo(audience)) {
                keys.put(facet, AggregationKey.of(facet.parameter()));
            }
        }
        int offset = after.isPresent() ? 0 : (request.page() - 1) * request.size();
        Optional<Highlights> highlights = request.text().filter(t -> request.highlight()).map(Highlights::of);
        SearchResult<List<?>> result = run(() -> sessions.fromSession(session -> {
            var query = Search.session(session).search(ExpertEntity.class)
                    .select(f -> hitProjection(f, audience, highlights.isPresent()))
                    .where(f -> predicate(f, request, audience, after));
            for (Map.Entry<ExpertFacet, AggregationKey<Map<String, Long>>> key : keys.entrySet()) {
                query = query.aggregation(key.getValue(), f -> f.terms()
                        .field(audience.field(key.getKey().indexName()), String.class).maxTermCount(MAX_FACET_VALUES));
            }
            if (!request.facets()) {
                // Without facets nothing needs every match: past this many, the total is a lower bound and
                // the engine may skip matches that cannot make the page (block-max WAND).
                query = query.totalHitCountThreshold(EXACT_TOTAL_UP_TO);
            }
            return query.sort(f -> sort(f, request.sort(), audience))
                    .failAfter(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .fetch(offset, request.size());
        }));
        List<ExpertSearchResult.Hit> hits = new ArrayList<>();
        for (List<?> row : result.hits()) {
            hits.add(hit(row, audience, highlights));
        }
        Map<ExpertFacet, List<ExpertSearchResult.FacetCount>> facets = new EnumMap<>(ExpertFacet.class);
        keys.forEach((facet, key) -> facets.put(facet, counts(facet, result.aggregation(key))));
        Optional<String> next = Optional.empty();
        boolean walk = request.sort() != ExpertSearchRequest.Sort.RELEVANCE;
        if (walk && hits.size() == request.size() && !result.hits().isEmpty()) {
            List<?> last = result.hits().get(result.hits().size() - 1);
            next = Optional.of(new ExpertSearchCursor(request.sort(), (String) last.get(SORT_VALUE_NAME),
                    (Instant) last.get(UPDATED), (String) last.get(ID)).encode());
        }
        return new ExpertSearchResult(result.total().hitCountLowerBound(), result.total().isHitCountExact(), hits, facets,
                next);
    }

    /** Up to {@code limit} experts whose names start with the words typed, best matches first. */
    public List<ExpertSearchResult.Suggestion> suggest(String prefix, int limit, SearchAudience audience) {
        String text = SearchText.normalise(prefix).orElse("");
        if (text.isEmpty()) {
            return List.of();
        }
        SearchText.check(text, 100).stream().filter(p -> !p.code().equals("too-broad")).findFirst().ifPresent(p -> {
            throw invalid("q", p);
        });
        List<List<?>> rows = run(() -> sessions.fromSession(session -> Search.session(session).search(ExpertEntity.class)
                .select(f -> f.composite().from(f.field(ExpertIndexBinder.ID, String.class),
                        f.field(audience.field(ExpertIndexBinder.NAME), String.class)).asList())
                .where(f -> f.bool()
                        .filter(visibleTo(f, audience))
                        .filter(f.exists().field(audience.field(ExpertIndexBinder.NAME)))
                        .must(f.simpleQueryString().field(audience.field(ExpertIndexBinder.NAME_SUGGEST))
                                .matching(text).defaultOperator(BooleanOperator.AND).flags(SimpleQueryFlag.WHITESPACE)))
                .sort(f -> f.score().then().field(audience.field(ExpertIndexBinder.NAME_SORT)).then().field(ExpertIndexBinder.ID))
                .failAfter(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .fetchHits(limit)));
        return rows.stream().map(row -> new ExpertSearchResult.Suggestion(UUID.fromString((String) row.get(0)),
                (String) row.get(1))).toList();
    }

    // Positions in a hit's projection row.
    private static final int ID = 0;
    private static final int UPDATED = 1;
    private static final int UNIT = 2;
    private static final int SORT_VALUE_NAME = 3;
    private static final int FIRST_FIELD = 4;

    private static org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep<List<?>> hitProjection(
            SearchProjectionFactory<?, ?> f, SearchAudience audience, boolean highlight) {
        List<org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep<?>> columns = new ArrayList<>(List.of(
                f.field(ExpertIndexBinder.ID, String.class),
                f.field(ExpertIndexBinder.UPDATED, Instant.class),
                f.field(ExpertIndexBinder.UNIT, String.class),
                f.field(audience.field(ExpertIndexBinder.NAME_SORT), String.class),
                f.field(audience.field(ExpertIndexBinder.NAME), String.class),
                f.field(audience.field(ExpertIndexBinder.LATIN), String.class),
                f.field(audience.field(ExpertFacet.COUNTRY.indexName()), String.class).list(),
                f.field(audience.field(ExpertIndexBinder.ORGANISATION), String.class),
                f.field(audience.field(ExpertIndexBinder.POSITION), String.class),
                f.field(audience.field(ExpertFacet.FIELD.indexName()), String.class).list(),
                f.field(audience.field(ExpertFacet.TITLE.indexName()), String.class).list(),
                f.field(audience.field(ExpertFacet.DEGREE.indexName()), String.class).list()));
        if (audience == SearchAudience.STAFF) {
            columns.add(f.field(audience.field(ExpertFacet.STATUS.indexName()), String.class).list());
        }
        if (highlight) {
            columns.add(f.field(audience.field(ExpertIndexBinder.KEYWORDS), String.class).list());
            columns.add(f.field(audience.field(ExpertIndexBinder.TOPICS), String.class).list());
        }
        return f.composite().from(columns.toArray(new org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep<?>[0]))
                .asList();
    }

    @SuppressWarnings("unchecked")
    private static ExpertSearchResult.Hit hit(List<?> row, SearchAudience audience, Optional<Highlights> highlights) {
        int i = FIRST_FIELD;
        Optional<String> name = Optional.ofNullable((String) row.get(i++));
        Optional<String> latin = Optional.ofNullable((String) row.get(i++));
        Optional<String> country = first(row.get(i++));
        Optional<String> organisation = Optional.ofNullable((String) row.get(i++));
        Optional<String> position = Optional.ofNullable((String) row.get(i++));
        List<String> fields = (List<String>) row.get(i++);
        Optional<String> title = first(row.get(i++));
        Optional<String> degree = first(row.get(i++));
        boolean staff = audience == SearchAudience.STAFF;
        Optional<String> status = staff ? first(row.get(i++)) : Optional.empty();
        Map<String, String> marked = new LinkedHashMap<>();
        if (highlights.isPresent()) {
            Highlights h = highlights.get();
            name.flatMap(h::mark).ifPresent(v -> marked.put(ExpertIndexBinder.NAME, v));
            latin.flatMap(h::mark).ifPresent(v -> marked.put(ExpertIndexBinder.LATIN, v));
            organisation.flatMap(h::mark).ifPresent(v -> marked.put(ExpertIndexBinder.ORGANISATION, v));
            position.flatMap(h::mark).ifPresent(v -> marked.put(ExpertIndexBinder.POSITION, v));
            h.markFirst((List<String>) row.get(i++)).ifPresent(v -> marked.put(ExpertIndexBinder.KEYWORDS, v));
            h.markFirst((List<String>) row.get(i)).ifPresent(v -> marked.put(ExpertIndexBinder.TOPICS, v));
        }
        return new ExpertSearchResult.Hit(UUID.fromString((String) row.get(ID)), name, latin, country, organisation,
                position, fields, title, degree, status,
                staff ? Optional.ofNullable((String) row.get(UNIT)) : Optional.empty(),
                staff ? Optional.ofNullable((Instant) row.get(UPDATED)) : Optional.empty(), marked);
    }

    private static Optional<String> first(Object values) {
        return values instanceof List<?> list && !list.isEmpty() ? Optional.of((String) list.get(0)) : Optional.empty();
    }

    private static PredicateFinalStep predicate(SearchPredicateFactory f, ExpertSearchRequest request, SearchAudience audience,
                                             Optional<ExpertSearchCursor> after) {
        var bool = f.bool();
        if (audience != SearchAudience.STAFF) {
            bool.filter(visibleTo(f, audience));
        }
        request.text().ifPresentOrElse(text -> bool.must(f.simpleQueryString()
                        .field(audience.field(ExpertIndexBinder.NAME_EXACT)).boost(4f)
                        .field(audience.field(ExpertIndexBinder.NAME)).boost(3f)
                        .field(audience.field(ExpertIndexBinder.LATIN)).boost(2f)
                        .field(audience.field(ExpertIndexBinder.ABOUT))
                        .matching(text).defaultOperator(BooleanOperator.AND)),
                () -> bool.must(f.matchAll()));
        request.filters().forEach((facet, values) -> {
            var anyOf = f.bool();
            values.forEach(v -> anyOf.should(f.match().field(audience.field(facet.indexName())).matching(v)));
            bool.filter(anyOf);
        });
        after.ifPresent(cursor -> bool.filter(cursor.after(f, audience)));
        return bool;
    }

    /** Experts with a part for this audience: for partners, those consenting to partner sharing (staff see all). */
    private static SearchPredicate visibleTo(SearchPredicateFactory f, SearchAudience audience) {
        return f.match().field(audience.field(ExpertIndexBinder.SHARED)).matching(true).toPredicate();
    }

    private static SortFinalStep sort(SearchSortFactory f, ExpertSearchRequest.Sort sort, SearchAudience audience) {
        return switch (sort) {
            // Score alone: the engine can then skip what cannot make the page; equal scores keep index order.
            case RELEVANCE -> f.score();
            case NAME -> f.field(audience.field(ExpertIndexBinder.NAME_SORT)).missing().last().then().field(ExpertIndexBinder.ID);
            case UPDATED -> f.field(ExpertIndexBinder.UPDATED).desc().then().field(ExpertIndexBinder.ID).desc();
        };
    }

    private List<ExpertSearchResult.FacetCount> counts(ExpertFacet facet, Map<String, Long> counts) {
        List<ExpertSearchResult.FacetCount> list = new ArrayList<>();
        counts.forEach((code, count) -> list.add(label(facet, code, count)));
        return list;
    }

    private ExpertSearchResult.FacetCount label(ExpertFacet facet, String code, long count) {
        if (facet == ExpertFacet.LANGUAGE) {
            java.util.Locale language = java.util.Locale.forLanguageTag(code);
            return new ExpertSearchResult.FacetCount(code, count, language.getDisplayName(java.util.Locale.of("vi")),
                    language.getDisplayName(java.util.Locale.ENGLISH));
        }
        return facet.scheme().flatMap(scheme -> codes.concept(scheme, code))
                .map(c -> new ExpertSearchResult.FacetCount(code, count, c.labelVi(), c.labelEn()))
                .orElse(new ExpertSearchResult.FacetCount(code, count, code, code));
    }

    private void validate(ExpertSearchRequest request, SearchAudience audience) {
        List<FieldProblem> problems = new ArrayList<>();
        request.text().ifPresent(text -> SearchText.check(text, ExpertSearchRequest.MAX_TEXT_LENGTH)
                .forEach(p -> problems.add(problem("q", p))));
        request.filters().forEach((facet, values) -> {
            if (!facet.availableTo(audience)) {
                problems.add(new FieldProblem(facet.parameter(), "forbidden-filter",
                        "Không được lọc theo " + facet.parameter() + ".", "Filtering on " + facet.parameter() + " is not allowed."));
            } else if (values.size() > MAX_FILTER_VALUES) {
                problems.add(new FieldProblem(facet.parameter(), "too-many-values",
                        "Tối đa " + MAX_FILTER_VALUES + " giá trị.", "At most " + MAX_FILTER_VALUES + " values."));
            } else {
                values.stream().filter(v -> !validCode(facet, v)).findFirst().ifPresent(v -> problems.add(new FieldProblem(
                        facet.parameter(), "unknown-code", "Mã không có trong danh mục: " + v + ".", "Not a known code: " + v + ".")));
            }
        });
        if (request.size() < 1 || request.size() > ExpertSearchRequest.MAX_SIZE) {
            problems.add(new FieldProblem("size", "range", "Số kết quả mỗi trang từ 1 đến " + ExpertSearchRequest.MAX_SIZE + ".",
                    "The page size must be between 1 and " + ExpertSearchRequest.MAX_SIZE + "."));
        } else if (request.page() < 1 || (long) request.page() * request.size() > ExpertSearchRequest.MAX_WINDOW) {
            problems.add(new FieldProblem("page", "range", "Chỉ xem được " + ExpertSearchRequest.MAX_WINDOW
                    + " kết quả đầu theo trang; hãy dùng con trỏ (cursor) để duyệt tiếp.", "Pages reach the first "
                    + ExpertSearchRequest.MAX_WINDOW + " results only; walk further with the cursor."));
        }
        if (request.cursor().isPresent() && request.sort() == ExpertSearchRequest.Sort.RELEVANCE) {
            problems.add(new FieldProblem("cursor", "needs-stable-sort", "Duyệt bằng con trỏ cần sắp xếp theo name hoặc updated.",
                    "A cursor walk needs sort=name or sort=updated."));
        }
        if (!problems.isEmpty()) {
            throw new RegistryExceptions.InvalidSearch(problems);
        }
    }

    private boolean validCode(ExpertFacet facet, String value) {
        if (facet.scheme().isPresent()) {
            return codes.isValid(facet.scheme().get(), value);
        }
        return value.matches("[a-zA-Z0-9-]{1,35}");
    }

    private static RegistryExceptions.InvalidSearch invalid(String parameter, SearchText.Problem p) {
        return new RegistryExceptions.InvalidSearch(List.of(problem(parameter, p)));
    }

    private static FieldProblem problem(String parameter, SearchText.Problem p) {
        return new FieldProblem(parameter, p.code(), p.messageVi(), p.messageEn());
    }

    private <T> T run(java.util.function.Supplier<T> query) {
        return SearchFailures.run(query, remoteEngine);
    }
}
