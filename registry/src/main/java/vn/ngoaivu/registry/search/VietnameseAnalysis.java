package vn.ngoaivu.registry.search;

import java.text.Normalizer;

/**
 * The analyzers the index uses for Vietnamese text, defined for both backends under the same names.
 * Text is normalised to NFC before it reaches them (ASCII folding does not see decomposed diacritics).
 */
public final class VietnameseAnalysis {

    /** Lower case without diacritics, Đ as d: "nguyen van a" matches "Nguyễn Văn Á". */
    public static final String FOLDED = "vi_folded";
    /** Lower case with diacritics kept: an exact-diacritic match scores higher. */
    public static final String EXACT = "vi_exact";
    /** Folded edge n-grams (1..20) of each word: prefix suggestions for a search box. */
    public static final String PREFIX = "vi_prefix";
    /** A keyword lower-cased and folded, for exact filters on codes typed by people. */
    public static final String KEYWORD = "vi_keyword";

    static final int MAX_GRAM = 20;

    private VietnameseAnalysis() {
    }

    /** NFC, so that "Nguyễn" typed as base letters plus combining marks folds like the precomposed form. */
    public static String normalise(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
