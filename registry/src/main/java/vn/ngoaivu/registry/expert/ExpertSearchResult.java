package vn.ngoaivu.registry.expert;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A page of expert search: the hits (summaries built from the caller's part of the index only), the total
 * (exact, or when {@code totalExact} is false a lower bound: searches without facets stop counting past
 * 1,000), the facet counts over all matches, and the cursor to the next page of a walk.
 */
public record ExpertSearchResult(long total, boolean totalExact, List<Hit> hits, Map<ExpertFacet, List<FacetCount>> facets,
                                 Optional<String> nextCursor) {

    /**
     * One expert found. Fields the caller may not see are empty. {@code updatedAt} and {@code owningUnit}
     * are for staff only.
     */
    public record Hit(UUID id, Optional<String> fullName, Optional<String> latinName, Optional<String> countryCode,
                      Optional<String> organisation, Optional<String> position, List<String> fields,
                      Optional<String> academicTitle, Optional<String> highestDegree, Optional<String> status,
                      Optional<String> owningUnit, Optional<Instant> updatedAt, Map<String, String> highlights) {
    }

    /** How many matching experts have this code; labels in Vietnamese and English. */
    public record FacetCount(String code, long count, String labelVi, String labelEn) {
    }

    /** A name for a search box: the expert, and the name shown. */
    public record Suggestion(UUID id, String fullName) {
    }
}
