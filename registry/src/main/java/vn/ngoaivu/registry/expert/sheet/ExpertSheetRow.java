package vn.ngoaivu.registry.expert.sheet;

import java.util.Objects;
import java.util.Optional;

import vn.ngoaivu.registry.expert.ExpertProfile;

/**
 * One row of an export: the profile and, optionally, the platform's identifier of the expert, written in
 * an "ID" column before the others (the reader ignores that column: imports match on the external key).
 */
public record ExpertSheetRow(Optional<String> id, ExpertProfile profile) {

    public ExpertSheetRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
    }

    public static ExpertSheetRow of(ExpertProfile profile) {
        return new ExpertSheetRow(Optional.empty(), profile);
    }

    public static ExpertSheetRow of(String id, ExpertProfile profile) {
        return new ExpertSheetRow(Optional.of(id), profile);
    }
}
