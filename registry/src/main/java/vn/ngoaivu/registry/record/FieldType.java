package vn.ngoaivu.registry.record;

/**
 * The value types of a record kind's own fields ({@link FieldSpec}). In JSON: text types are strings, {@link #INTEGER}
 * a number, {@link #AMOUNT} a number with at most two decimals, {@link #DATE} an ISO date, list types arrays of strings.
 * In spreadsheets every value is text; list items are separated by semicolons.
 */
public enum FieldType {
    /** One line, up to 300 characters. */
    TEXT,
    /** Free text, up to 4,000 characters. */
    LONG_TEXT,
    INTEGER,
    AMOUNT,
    /** ISO 4217 currency code (USD, EUR, VND). */
    CURRENCY,
    DATE,
    /** Several short texts (organisations, parties). */
    TEXT_LIST,
    /** Codes of the ontology's sector scheme (def/scheme/sector). */
    SECTORS,
    /** One of the field's {@link FieldSpec#choices()}. */
    CHOICE,
    /** The id of another record, of the kind the field names. */
    RECORD_ID;

    public boolean isList() {
        return this == TEXT_LIST || this == SECTORS;
    }
}
