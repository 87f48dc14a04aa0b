package vn.ngoaivu.registry.expert;

import java.text.Normalizer;
import java.util.Locale;

/** Vietnamese names compared the way people write them in a hurry: lower case, no diacritics, Đ as d, single spaces. */
public final class Names {

    private Names() {
    }

    public static String fold(String name) {
        String decomposed = Normalizer.normalize(name.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replace('đ', 'd').replaceAll("\\s+", " ");
    }
}
