package vn.ngoaivu.registry.record;

import org.hibernate.SessionFactory;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import vn.ngoaivu.registry.FieldProblem;
import vn.ngoaivu.registry.RegistryExceptions;
import vn.ngoaivu.registry.search.SearchFailures;
import vn.ngoaivu.registry.search.SearchText;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Full-text search of the foreign-affairs records (index {@code record}): Vietnamese-folded text of titles,
 * summaries and the kinds' own text fields, filters by kind, status, unit, country and start date, counts per kind,
 * status and country. Personal fields are not in the index.
 */
public final class RecordSearch {

    public static final int MAX_TEXT_LENGTH = 200;
    public static final int MAX_SIZE = 100;
    private static final int MAX_WINDOW = 10_000;

    private final SessionFactory sessions;
    private final Duration timeout;
    private final boolean remoteEngine;

    public RecordSearch(SessionFactory sessions, Duration timeout, boolean remoteEngine) {
        this.sessions = sessions;
        this.timeout = timeout;
        this.remoteEngine = remoteEngine;
    }

    public enum Sort { RELEVANCE, UPDATED, START }

    public record Request(Optional<String> text, Optional<RecordKind> kind, Optional<String> status, Optional<String> unit,
                          Optional<String> country, Optional<LocalDate> from, Optional<LocalDate> to, Sort sort, int page,
                          int size) {
    }

    /** The matching records of the page, the total and the counts per kind, status and country. */
    public record Result(long total, List<ForeignAffairsRecord> hits, Map<String, Map<String, Long>> facets) {
    }

    public Result search(Request request) {
        Optional<String> text = request.text().flatMap(SearchText::normalise);
        text.ifPresent(t -> {
            List<SearchText.Problem> problems = SearchText.check(t, MAX_TEXT_LENGTH);
            if (!problems.isEmpty()) {
                throw new RegistryExceptions.InvalidSearch(problems.stream()
                        .map(p -> new FieldProblem("q", p.code(), p.messageVi(), p.messageEn())).toList());
            }
        });
        if (request.size() < 1 || request.size() > MAX_SIZE || request.page() < 1
                || (long) request.page() * request.size() > MAX_WINDOW) {
            throw new RegistryExceptions.InvalidSearch(List.of(new FieldProblem("page", "range",
                    "Trang và cỡ trang vượt giới hạn (tối đa 100 mục một trang, 10.000 kết quả đầu).",
                    "Page and size out of range (at most 100 a page, the first 10,000 results).")));
        }
        Map<String, AggregationKey<Map<String, Long>>> facets = new LinkedHashMap<>();
        for (String field : List.of(RecordIndexBinder.KIND, RecordIndexBinder.STATUS, RecordIndexBinder.COUNTRY)) {
            facets.put(field, AggregationKey.of(field));
        }
        return SearchFailures.run(() -> sessions.fromSession(session -> {
            var query = Search.session(session).search(RecordEntity.class)
                    .where(f -> predicate(f, request, text));
            for (var facet : facets.entrySet()) {
                query = query.aggregation(facet.getValue(), f -> f.terms().field(facet.getKey(), String.class).maxTermCount(300));
            }
            SearchResult<RecordEntity> result = query.sort(f -> switch (request.sort()) {
                        case RELEVANCE -> f.score().then().field(RecordIndexBinder.UPDATED).desc();
                        case UPDATED -> f.field(RecordIndexBinder.UPDATED).desc();
                        case START -> f.field(RecordIndexBinder.START).desc().missing().last();
                    })
                    .failAfter(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .fetch((request.page() - 1) * request.size(), request.size());
            Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
            facets.forEach((name, key) -> counts.put(name, result.aggregation(key)));
            return new Result(result.total().hitCountLowerBound(),
                    result.hits().stream().map(RecordMapping::record).toList(), counts);
        }), remoteEngine);
    }

    private static PredicateFinalStep predicate(SearchPredicateFactory f, Request request, Optional<String> text) {
        var bool = f.bool();
        text.ifPresentOrElse(t -> bool.must(f.simpleQueryString()
                        .field(RecordIndexBinder.TITLE_EXACT).boost(3f)
                        .field(RecordIndexBinder.TEXT)
                        .matching(t).defaultOperator(BooleanOperator.AND)),
                () -> bool.must(f.matchAll()));
        request.kind().ifPresent(k -> bool.filter(f.match().field(RecordIndexBinder.KIND).matching(k.code())));
        request.status().ifPresent(s -> bool.filter(f.match().field(RecordIndexBinder.STATUS).matching(s)));
        request.unit().ifPresent(u -> bool.filter(f.match().field(RecordIndexBinder.UNIT).matching(u)));
        request.country().ifPresent(c -> bool.filter(f.match().field(RecordIndexBinder.COUNTRY).matching(c)));
        if (request.from().isPresent() || request.to().isPresent()) {
            bool.filter(f.range().field(RecordIndexBinder.START)
                    .between(request.from().orElse(null), request.to().orElse(null)));
        }
        return bool;
    }
}
