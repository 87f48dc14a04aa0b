package vn.ngoaivu.registry.expert;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What officers record about an overseas expert or intellectual of the province: the editable content of
 * a profile, without its identity, version and bookkeeping. Codes come from the ontology's code lists
 * (country: ISO 3166-1 alpha-2; fields: FORD; title, degree, collaboration interests, languages: BCP 47).
 *
 * @param externalKey   the officers' own key for the person (from their spreadsheets), unique; makes imports idempotent
 * @param fullName      the Vietnamese name with diacritics, family name first (e.g. "Nguyễn Văn Á")
 * @param latinName     the name used abroad (e.g. "Van A Nguyen")
 * @param gender        female, male or other
 * @param hometown      commune or ward of origin in the province
 * @param countryCode   country of residence, ISO 3166-1 alpha-2
 * @param fields        fields of expertise, FORD notations (e.g. 2.2)
 * @param visibility    per field name: internal (default), partners or public
 */
public record ExpertProfile(
        Optional<String> externalKey,
        String fullName,
        Optional<String> latinName,
        Optional<String> gender,
        Optional<Integer> birthYear,
        Optional<String> hometown,
        String countryCode,
        Optional<String> city,
        Optional<String> organisation,
        Optional<String> position,
        Optional<String> academicTitle,
        Optional<String> highestDegree,
        List<String> fields,
        List<String> keywords,
        List<String> languages,
        Optional<String> orcid,
        Optional<String> email,
        Optional<String> phone,
        Optional<String> website,
        List<String> collaborationInterests,
        List<Affiliation> affiliations,
        List<Education> education,
        List<Engagement> engagements,
        Optional<String> notes,
        Map<String, Visibility> visibility) {

    /** A position held in an organisation, over a period (years). */
    public record Affiliation(String organisation, Optional<String> position, Optional<Integer> fromYear,
                              Optional<Integer> toYear) {
    }

    /** A degree earned: degree code, institution, year. */
    public record Education(String degree, String institution, Optional<Integer> year) {
    }

    /** A contact with the province: an event attended, a project joined, advice given. */
    public record Engagement(String kind, java.time.LocalDate date, String description) {
    }

    public ExpertProfile {
        Objects.requireNonNull(fullName);
        Objects.requireNonNull(countryCode);
        fields = List.copyOf(fields);
        keywords = List.copyOf(keywords);
        languages = List.copyOf(languages);
        collaborationInterests = List.copyOf(collaborationInterests);
        affiliations = List.copyOf(affiliations);
        education = List.copyOf(education);
        engagements = List.copyOf(engagements);
        visibility = Map.copyOf(visibility);
    }
}
