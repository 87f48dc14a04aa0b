package vn.ngoaivu.registry.expert;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.Optional;

/** Who may see a field of a profile, beyond the department's own staff. Internal unless an officer says otherwise. */
public enum Visibility {
    INTERNAL, PARTNERS, PUBLIC;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    static Visibility fromJson(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("visibility must be internal, partners or public"));
    }

    public static Optional<Visibility> fromCode(String code) {
        for (Visibility v : values()) {
            if (v.code().equals(code)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
