package vn.ngoaivu.registry.expert;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One expert search: free text (simple query syntax: words, "phrases", -exclusions, a|b, prefix*), filters
 * per facet (values of one facet are alternatives, facets combine), a sort, and either a page number or a
 * cursor from the previous answer.
 *
 * @param text      the words typed, if any
 * @param filters   per facet, the codes asked for
 * @param sort      relevance (default with text), name (Vietnamese order) or updated (newest first)
 * @param page      1-based page, for browsing
 * @param size      hits per page, at most {@link #MAX_SIZE}
 * @param cursor    where the previous page of a walk ended; walks need the name or updated sort
 * @param highlight whether hits carry highlighted snippets
 * @param facets    whether to count the matches per facet value (a search page's side panel; not needed by
 *                  a search box or a walk, and the dearest part of a query over many matches)
 */
public record ExpertSearchRequest(Optional<String> text, Map<ExpertFacet, List<String>> filters, Sort sort, int page,
                                  int size, Optional<String> cursor, boolean highlight, boolean facets) {

    public static final int MAX_SIZE = 100;
    /** Deeper than this, pages are refused: walk with the cursor instead. */
    public static final int MAX_WINDOW = 10_000;
    public static final int MAX_TEXT_LENGTH = 200;

    public enum Sort {
        RELEVANCE, NAME, UPDATED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ExpertSearchRequest {
        filters = Map.copyOf(filters);
    }
}
