package vn.ngoaivu.registry.expert;

/**
 * Whose search it is. Each audience has its own part of an expert's index document, holding only what that
 * audience may see: staff see every field; partners see an expert only after consent to partner sharing,
 * and then only the fields officers opened to partners. Queries, facets and highlights read only the
 * caller's part, so nothing hidden can match, be counted or be shown.
 */
public enum SearchAudience {
    STAFF("staff"), PARTNERS("partners");

    private final String path;

    SearchAudience(String path) {
        this.path = path;
    }

    /** The index field of this audience, e.g. {@code partners.name}. */
    String field(String name) {
        return path + "." + name;
    }

    String path() {
        return path;
    }
}
