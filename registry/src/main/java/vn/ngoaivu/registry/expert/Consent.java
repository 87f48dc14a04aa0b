package vn.ngoaivu.registry.expert;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the consent ledger: an expert gave or withdrew consent for a purpose, when, how it was
 * recorded (online-form, paper-form, email), which text version they agreed to, and which officer
 * recorded it. Silence is not consent: no entry means not given.
 */
public record Consent(ConsentPurpose purpose, boolean given, Instant recordedAt, String method, String textVersion,
                      String recordedBy) {

    public static final java.util.Set<String> METHODS = java.util.Set.of("online-form", "paper-form", "email");

    public Consent {
        Objects.requireNonNull(purpose);
        Objects.requireNonNull(recordedAt);
        Objects.requireNonNull(method);
        Objects.requireNonNull(textVersion);
        Objects.requireNonNull(recordedBy);
    }
}
