package vn.ngoaivu.opendata.release;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a release needs to know of its dataset besides the data.
 *
 * @param id      the dataset's identifier: lower-case letters, digits and dashes (it names a directory and a URL
 *                segment), e.g. {@code licensed-conferences}
 * @param titleVi the dataset's title in Vietnamese
 * @param titleEn the same in English
 */
public record DatasetInfo(String id, String titleVi, String titleEn) {

    private static final Pattern ID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");

    public DatasetInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleVi, "titleVi");
        Objects.requireNonNull(titleEn, "titleEn");
        requireValidId(id);
    }

    /** Refuses an identifier that is not lower-case letters, digits and inner dashes, 1 to 64 characters. */
    public static String requireValidId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Invalid dataset id '" + id
                    + "': use 1 to 64 lower-case letters, digits and dashes, not starting or ending with a dash");
        }
        return id;
    }
}
