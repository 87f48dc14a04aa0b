package vn.ngoaivu.registry.expert;

import java.util.Optional;

/** What an expert may consent to: the ontology's consent-purpose code list. */
public enum ConsentPurpose {
    PUBLIC_DIRECTORY("public-directory"),
    PARTNER_SHARING("partner-sharing"),
    OPEN_DATA_STATISTICS("open-data-statistics"),
    COOPERATION_CONTACT("cooperation-contact");

    private final String code;

    ConsentPurpose(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ConsentPurpose> fromCode(String code) {
        for (ConsentPurpose purpose : values()) {
            if (purpose.code.equals(code)) {
                return Optional.of(purpose);
            }
        }
        return Optional.empty();
    }
}
