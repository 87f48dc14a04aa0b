package vn.ngoaivu.ontology;

import java.util.Arrays;
import java.util.Optional;

/**
 * The platform's SKOS code lists. Each has its Turtle source {@code ontology/schemes/{id}.ttl} and the
 * IRI {@code {base}def/scheme/{id}}; its concepts are {@code {base}def/scheme/{id}/{notation}}.
 */
public enum Scheme {
    /** OECD Fields of Research and Development (Frascati 2015): 6 areas, 42 fields. */
    FORD("ford"),
    /** ISO 3166-1 alpha-2 countries and territories. */
    COUNTRY("country"),
    /** Administrative document types of Decree 30/2020/NĐ-CP, with their symbol abbreviations. */
    DOCUMENT_TYPE("document-type"),
    ACADEMIC_TITLE("academic-title"),
    DEGREE("degree"),
    RECORD_KIND("record-kind"),
    RECORD_STATUS("record-status"),
    DOCUMENT_STATUS("document-status"),
    VISIBILITY("visibility"),
    CONSENT_PURPOSE("consent-purpose"),
    COLLABORATION_INTEREST("collaboration-interest"),
    DATASET_THEME("dataset-theme"),
    ENGAGEMENT_KIND("engagement-kind"),
    SECTOR("sector");

    private final String id;

    Scheme(String id) {
        this.id = id;
    }

    /** The identifier used in IRIs and file names, e.g. {@code document-type}. */
    public String id() {
        return id;
    }

    /** The scheme's path relative to the base URI, e.g. {@code def/scheme/ford}. */
    public String path() {
        return Ontology.SCHEME_PATH + id;
    }

    /** The scheme with this identifier, if any. */
    public static Optional<Scheme> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
