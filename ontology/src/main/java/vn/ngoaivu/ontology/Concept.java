package vn.ngoaivu.ontology;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One concept of a code list, as read from its scheme's Turtle source.
 *
 * @param scheme          the code list
 * @param notation        the code (skos:notation), unique in the scheme, e.g. {@code 1.2}, {@code VN}, {@code QD}
 * @param iri             the concept's absolute IRI
 * @param labelVi         the Vietnamese preferred label
 * @param labelEn         the English preferred label
 * @param broaderNotation the notation of the broader concept, if the concept is not a top concept
 */
public record Concept(Scheme scheme, String notation, String iri, String labelVi, String labelEn,
                      Optional<String> broaderNotation) {

    public Concept {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(notation, "notation");
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(labelVi, "labelVi");
        Objects.requireNonNull(labelEn, "labelEn");
        Objects.requireNonNull(broaderNotation, "broaderNotation");
    }

    /**
     * The label in a language: English for {@code en} and its regional variants, Vietnamese otherwise
     * (the platform is Vietnamese first, and only these two languages are maintained).
     */
    public String label(String lang) {
        String primary = lang == null ? "" : lang.toLowerCase(Locale.ROOT);
        return primary.equals("en") || primary.startsWith("en-") ? labelEn : labelVi;
    }

    public boolean isTopConcept() {
        return broaderNotation.isEmpty();
    }
}
