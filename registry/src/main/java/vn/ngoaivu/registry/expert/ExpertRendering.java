package vn.ngoaivu.registry.expert;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A profile's fields as display strings: what the audit records as before and after values. */
final class ExpertRendering {

    private ExpertRendering() {
    }

    static Map<String, String> render(ExpertProfile p) {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "externalKey", p.externalKey());
        out.put("fullName", p.fullName());
        put(out, "latinName", p.latinName());
        put(out, "gender", p.gender());
        put(out, "birthYear", p.birthYear().map(String::valueOf));
        put(out, "hometown", p.hometown());
        out.put("countryCode", p.countryCode());
        put(out, "city", p.city());
        put(out, "organisation", p.organisation());
        put(out, "position", p.position());
        put(out, "academicTitle", p.academicTitle());
        put(out, "highestDegree", p.highestDegree());
        list(out, "fields", p.fields());
        list(out, "keywords", p.keywords());
        list(out, "languages", p.languages());
        put(out, "orcid", p.orcid());
        put(out, "email", p.email());
        put(out, "phone", p.phone());
        put(out, "website", p.website());
        list(out, "collaborationInterests", p.collaborationInterests());
        json(out, "affiliations", p.affiliations());
        json(out, "education", p.education());
        json(out, "engagements", p.engagements());
        put(out, "notes", p.notes());
        if (!p.visibility().isEmpty()) {
            out.put("visibility", ExpertJson.write(new java.util.TreeMap<>(p.visibility())));
        }
        return out;
    }

    private static void put(Map<String, String> out, String name, Optional<String> value) {
        value.ifPresent(v -> out.put(name, v));
    }

    private static void list(Map<String, String> out, String name, List<String> values) {
        if (!values.isEmpty()) {
            out.put(name, String.join("; ", values));
        }
    }

    private static void json(Map<String, String> out, String name, List<?> values) {
        if (!values.isEmpty()) {
            out.put(name, ExpertJson.write(values));
        }
    }
}
