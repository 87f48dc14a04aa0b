package vn.ngoaivu.registry.expert;

import java.text.Collator;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Sorting of Vietnamese names as Vietnamese lists do: by the given name (the last word), then by the whole
 * name, in Vietnamese collation (a ă â b c d đ e ê ..., tones after letters). The key is the collator's
 * bytes in hex, so that any engine sorting plain strings (Lucene, Elasticsearch) sorts names correctly.
 */
final class VietnameseNames {

    private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(() -> {
        Collator collator = Collator.getInstance(Locale.of("vi"));
        collator.setStrength(Collator.TERTIARY);
        return collator;
    });

    private VietnameseNames() {
    }

    static String sortKey(String fullName) {
        String name = fullName.strip();
        int lastSpace = name.lastIndexOf(' ');
        String given = lastSpace < 0 ? name : name.substring(lastSpace + 1);
        Collator collator = COLLATOR.get();
        // "." sorts before every hex digit: a given name that is a prefix of another sorts first.
        return HexFormat.of().formatHex(collator.getCollationKey(given).toByteArray()) + "."
                + HexFormat.of().formatHex(collator.getCollationKey(name).toByteArray());
    }
}
