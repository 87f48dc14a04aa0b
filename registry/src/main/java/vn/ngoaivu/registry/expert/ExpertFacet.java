package vn.ngoaivu.registry.expert;

import vn.ngoaivu.ontology.Scheme;

import java.util.Optional;

/**
 * What expert search can filter on and count: each facet is a query parameter of the same name, an index
 * field per audience, and (for most) an ontology code list that gives its values' labels.
 */
public enum ExpertFacet {
    COUNTRY("country", Scheme.COUNTRY, false),
    FIELD("field", Scheme.FORD, false),
    /** The broader FORD area of the expert's fields (1 natural sciences, 2 engineering, ...). */
    AREA("area", Scheme.FORD, false),
    DEGREE("degree", Scheme.DEGREE, false),
    TITLE("title", Scheme.ACADEMIC_TITLE, false),
    /** BCP 47 language tags; labelled with the JDK's language names. */
    LANGUAGE("language", null, false),
    INTEREST("interest", Scheme.COLLABORATION_INTEREST, false),
    /** The record's workflow status: staff only, it is not part of the shared profile. */
    STATUS("status", null, true);

    private final String name;
    private final Scheme scheme;
    private final boolean staffOnly;

    ExpertFacet(String name, Scheme scheme, boolean staffOnly) {
        this.name = name;
        this.scheme = scheme;
        this.staffOnly = staffOnly;
    }

    /** The query parameter, the facet's key in answers, and its index field name. */
    public String parameter() {
        return name;
    }

    String indexName() {
        return name;
    }

    public Optional<Scheme> scheme() {
        return Optional.ofNullable(scheme);
    }

    public boolean staffOnly() {
        return staffOnly;
    }

    public boolean availableTo(SearchAudience audience) {
        return audience == SearchAudience.STAFF || !staffOnly;
    }
}
