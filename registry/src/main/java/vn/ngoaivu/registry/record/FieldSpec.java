package vn.ngoaivu.registry.record;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One field of a record kind beyond the common ones (title, countries, dates...).
 *
 * @param name       the JSON member and spreadsheet column key, camelCase
 * @param type       its value type
 * @param required   whether a record of the kind must have it
 * @param personal   personal data (e.g. a consular applicant's name): shown to staff only, never to partners, never
 *                   in open data
 * @param labelVi    the column heading and form label, Vietnamese
 * @param labelEn    the same in English
 * @param choices    for {@link FieldType#CHOICE}: the allowed codes
 * @param recordKind for {@link FieldType#RECORD_ID}: the kind of the record it points to
 */
public record FieldSpec(String name, FieldType type, boolean required, boolean personal, String labelVi, String labelEn,
                        List<String> choices, Optional<RecordKind> recordKind) {

    public FieldSpec {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        choices = List.copyOf(choices);
        Objects.requireNonNull(recordKind);
        if ((type == FieldType.CHOICE) == choices.isEmpty()) {
            throw new IllegalArgumentException(name + ": choices go with the CHOICE type only");
        }
    }

    static FieldSpec required(String name, FieldType type, String vi, String en) {
        return new FieldSpec(name, type, true, false, vi, en, List.of(), Optional.empty());
    }

    static FieldSpec optional(String name, FieldType type, String vi, String en) {
        return new FieldSpec(name, type, false, false, vi, en, List.of(), Optional.empty());
    }

    static FieldSpec personal(String name, FieldType type, boolean required, String vi, String en) {
        return new FieldSpec(name, type, required, true, vi, en, List.of(), Optional.empty());
    }

    static FieldSpec choice(String name, boolean required, String vi, String en, String... choices) {
        return new FieldSpec(name, FieldType.CHOICE, required, false, vi, en, List.of(choices), Optional.empty());
    }

    static FieldSpec reference(String name, RecordKind kind, String vi, String en) {
        return new FieldSpec(name, FieldType.RECORD_ID, true, false, vi, en, List.of(), Optional.of(kind));
    }
}
