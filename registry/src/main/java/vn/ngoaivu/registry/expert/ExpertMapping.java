package vn.ngoaivu.registry.expert;

import com.fasterxml.jackson.core.type.TypeReference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Copies between the {@code expert} row and the profile; the only place that knows both. */
final class ExpertMapping {

    private static final TypeReference<List<ExpertProfile.Affiliation>> AFFILIATIONS = new TypeReference<>() { };
    private static final TypeReference<List<ExpertProfile.Education>> EDUCATION = new TypeReference<>() { };
    private static final TypeReference<List<ExpertProfile.Engagement>> ENGAGEMENTS = new TypeReference<>() { };
    private static final TypeReference<Map<String, Visibility>> VISIBILITY = new TypeReference<>() { };

    private ExpertMapping() {
    }

    static void apply(ExpertEntity e, ExpertProfile p) {
        e.externalKey = p.externalKey().orElse(e.externalKey);
        e.fullName = p.fullName().strip();
        e.nameFolded = Names.fold(e.fullName);
        e.latinName = p.latinName().orElse(null);
        e.gender = p.gender().orElse(null);
        e.birthYear = p.birthYear().orElse(null);
        e.hometown = p.hometown().orElse(null);
        e.countryCode = p.countryCode();
        e.city = p.city().orElse(null);
        e.organisation = p.organisation().orElse(null);
        e.position = p.position().orElse(null);
        e.academicTitle = p.academicTitle().orElse(null);
        e.highestDegree = p.highestDegree().orElse(null);
        e.fields = new ArrayList<>(p.fields());
        e.keywords = new ArrayList<>(p.keywords());
        e.languages = new ArrayList<>(p.languages());
        e.orcid = p.orcid().orElse(null);
        e.email = p.email().orElse(null);
        e.phone = p.phone().orElse(null);
        e.website = p.website().orElse(null);
        e.collaborationInterests = new ArrayList<>(p.collaborationInterests());
        e.affiliations = ExpertJson.write(p.affiliations());
        e.education = ExpertJson.write(p.education());
        e.engagements = ExpertJson.write(p.engagements());
        e.notes = p.notes().orElse(null);
        e.visibility = ExpertJson.write(p.visibility());
    }

    /** What a profile holds after erasure: no personal data, only placeholders the schema requires. */
    static ExpertProfile erased() {
        return new ExpertProfile(Optional.empty(), ERASED_NAME, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), "ZZ", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), List.of(), List.of(), List.of(), Optional.empty(), Map.of());
    }

    static final String ERASED_NAME = "[đã xóa / erased]";

    static ExpertProfile profile(ExpertEntity e) {
        return profile(e, ExpertJson.read(e.affiliations, AFFILIATIONS), ExpertJson.read(e.education, EDUCATION),
                ExpertJson.read(e.engagements, ENGAGEMENTS), ExpertJson.read(e.visibility, VISIBILITY));
    }

    /**
     * The profile as the search index reads it: the JSON lists it does not index (affiliations, education,
     * engagements) are left empty instead of parsed, and the visibility map is parsed only when the expert
     * shares anything with partners.
     */
    static ExpertProfile indexedProfile(ExpertEntity e) {
        return profile(e, List.of(), List.of(), List.of(),
                e.consentPartnerSharing ? ExpertJson.read(e.visibility, VISIBILITY) : Map.of());
    }

    private static ExpertProfile profile(ExpertEntity e, List<ExpertProfile.Affiliation> affiliations,
                                         List<ExpertProfile.Education> education,
                                         List<ExpertProfile.Engagement> engagements, Map<String, Visibility> visibility) {
        return new ExpertProfile(
                Optional.ofNullable(e.externalKey), e.fullName, Optional.ofNullable(e.latinName),
                Optional.ofNullable(e.gender), Optional.ofNullable(e.birthYear), Optional.ofNullable(e.hometown),
                e.countryCode, Optional.ofNullable(e.city), Optional.ofNullable(e.organisation),
                Optional.ofNullable(e.position), Optional.ofNullable(e.academicTitle), Optional.ofNullable(e.highestDegree),
                e.fields, e.keywords, e.languages, Optional.ofNullable(e.orcid), Optional.ofNullable(e.email),
                Optional.ofNullable(e.phone), Optional.ofNullable(e.website), e.collaborationInterests,
                affiliations, education, engagements, Optional.ofNullable(e.notes), visibility);
    }

    static Expert expert(ExpertEntity e) {
        return new Expert(e.id, e.version, e.owningUnit, e.status, profile(e), e.createdAt, e.createdBy,
                e.updatedAt, e.updatedBy, Optional.ofNullable(e.deletedAt));
    }
}
