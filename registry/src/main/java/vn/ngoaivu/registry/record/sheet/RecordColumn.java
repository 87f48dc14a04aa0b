package vn.ngoaivu.registry.record.sheet;

import java.util.Objects;
import java.util.Optional;

import vn.ngoaivu.registry.record.FieldSpec;
import vn.ngoaivu.registry.sheet.SheetColumn;

/**
 * One column of a record kind's sheet: a common field, one of the kind's own fields ({@link #field()}), or a part of
 * the one document a row may cite. Its Vietnamese header, English header and key are all accepted as headers.
 *
 * @param key      the member of the API's JSON form it fills ({@code title}, a detail's name), or for the document's
 *                 parts {@code document} and the member ({@code documentNumberSymbol})
 * @param required whether the API requires a value, so every file needs the column and every row a value
 */
public record RecordColumn(String key, String headerVi, String headerEn, boolean required, String descriptionVi,
                           String descriptionEn, Optional<FieldSpec> field) implements SheetColumn {

    public RecordColumn {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(headerVi, "headerVi");
        Objects.requireNonNull(headerEn, "headerEn");
        Objects.requireNonNull(field, "field");
    }

    static RecordColumn common(String key, String headerVi, String headerEn, boolean required, String descriptionVi,
                               String descriptionEn) {
        return new RecordColumn(key, headerVi, headerEn, required, descriptionVi, descriptionEn, Optional.empty());
    }
}
