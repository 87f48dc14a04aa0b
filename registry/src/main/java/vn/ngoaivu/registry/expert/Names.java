package vn.ngoaivu.registry.expert;

import java.text.Normalizer;
import java.util.Locale;

/** Vietnamese names compared the way people write them in a hurry: lower case, no diacritics, Đ as d, single spaces. */
public final class Names {

    private Names() {
    }

    public static String fold(String name) {
        String decomposed = Normalizer.normalize(name.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        // One pass, no regular expressions: search highlights fold every word of every hit.
        StringBuilder folded = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.COMBINING_SPACING_MARK
                    || Character.getType(c) == Character.ENCLOSING_MARK) {
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space) {
                folded.append(' ');
                space = false;
            }
            folded.append(c == 'đ' ? 'd' : c);
        }
        return folded.toString();
    }
}
