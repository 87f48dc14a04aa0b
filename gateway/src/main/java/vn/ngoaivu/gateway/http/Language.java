package vn.ngoaivu.gateway.http;

import java.util.List;
import java.util.Locale;

/** The two languages the platform speaks: Vietnamese first, English alongside. */
public enum Language {
    VI("vi"), EN("en");

    private static final List<Locale> SUPPORTED = List.of(Locale.of("vi"), Locale.of("en"));

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    /** The best match for an {@code Accept-Language} header; Vietnamese when absent, unparsable or unmatched. */
    public static Language negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return VI;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return match != null && match.getLanguage().equals("en") ? EN : VI;
        } catch (IllegalArgumentException e) {
            return VI;
        }
    }
}
