package vn.ngoaivu.registry.expert.sheet;

import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import vn.ngoaivu.ontology.CodeLists;

/**
 * Languages as officers write them: a BCP 47 tag ("en", "zh-Hans", "pt_BR") or a name in Vietnamese or
 * English ("Tiếng Anh", "tieng nhat", "Anh", "English"). Names come from the JDK's CLDR data for the ISO 639-1
 * languages, so no list is kept here. The platform stores the tag, normalised ("EN" → "en").
 */
final class Languages {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*");
    private static final String TIENG = "tieng ";
    private static final String AMBIGUOUS = "";
    /** Common Vietnamese names the CLDR data does not give. */
    private static final Map<String, String> EXTRA_NAMES = Map.of("tieng hoa", "zh", "tieng trung quoc", "zh",
            "tieng han quoc", "ko", "tieng y", "it");
    private static final Map<String, String> BY_NAME = names();
    /** ISO 639-2 codes of the ISO 639-1 languages: "eng" → "en", "vie" → "vi". */
    private static final Map<String, String> BY_ISO3 = iso3();

    /** Languages listed in the template's guide. */
    static final List<String> COMMON = List.of("en", "fr", "de", "ru", "ja", "ko", "zh", "es", "it", "pt", "nl", "th",
            "lo", "km", "ar", "vi");

    private Languages() {
    }

    /** The normalised BCP 47 tag of a tag or name, or empty when neither. */
    static Optional<String> resolve(String text) {
        String value = text.strip();
        if (TAG.matcher(value).matches()) {
            try {
                Locale locale = new Locale.Builder().setLanguageTag(value.replace('_', '-')).build();
                String two = BY_ISO3.get(locale.getLanguage());
                if (two != null) {
                    locale = new Locale.Builder().setLocale(locale).setLanguage(two).build();
                }
                if (ISO_LANGUAGES.contains(locale.getLanguage())) {
                    return Optional.of(locale.toLanguageTag());
                }
            } catch (IllformedLocaleException e) {
                // not a tag: try the names
            }
        }
        String tag = BY_NAME.get(CodeLists.foldLabel(value));
        return tag == null || tag.equals(AMBIGUOUS) ? Optional.empty() : Optional.of(tag);
    }

    /** The Vietnamese name of a tag's language, e.g. "Tiếng Anh" for "en". */
    static String nameVi(String tag) {
        return capitalise(Locale.forLanguageTag(tag).getDisplayLanguage(VIETNAMESE));
    }

    /** The English name of a tag's language, e.g. "English" for "en". */
    static String nameEn(String tag) {
        return Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
    }

    private static String capitalise(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(VIETNAMESE) + name.substring(1);
    }

    private static Map<String, String> iso3() {
        Map<String, String> codes = new HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            try {
                codes.putIfAbsent(Locale.forLanguageTag(code).getISO3Language(), code);
            } catch (java.util.MissingResourceException e) {
                // no three-letter code
            }
        }
        return Map.copyOf(codes);
    }

    private static Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            Locale language = Locale.forLanguageTag(code);
            for (String name : List.of(language.getDisplayLanguage(VIETNAMESE), language.getDisplayLanguage(Locale.ENGLISH))) {
                String key = CodeLists.foldLabel(name);
                if (key.isEmpty() || key.equals(code)) {
                    continue; // no name in the JDK's data
                }
                names.merge(key, code, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
                if (key.startsWith(TIENG) && key.length() > TIENG.length()) {
                    // "Anh" for "Tiếng Anh"
                    names.merge(key.substring(TIENG.length()), code, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
                }
            }
        }
        EXTRA_NAMES.forEach((name, code) -> {
            names.putIfAbsent(name, code);
            names.putIfAbsent(name.substring(TIENG.length()), code);
        });
        return Map.copyOf(names);
    }
}
