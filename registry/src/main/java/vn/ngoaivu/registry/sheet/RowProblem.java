package vn.ngoaivu.registry.sheet;

import java.util.Objects;
import java.util.Set;

/**
 * One problem found in a spreadsheet: in a row (an expert's or a record's) or in the file as a whole
 * ({@link ReadSummary#fileProblems()}).
 *
 * @param column    the Vietnamese header of the column concerned ({@link SheetColumn#headerVi()}), or for a
 *                  column the platform does not know the header as written in the file; empty when the problem
 *                  concerns no single column (e.g. an unreadable file)
 * @param code      a stable code, one of the constants of this record or a code of
 *                  a validator's field problem (e.g. {@code format}, {@code length})
 * @param messageVi what is wrong and how to fix it, in Vietnamese, naming the row's value
 * @param messageEn the same in English
 */
public record RowProblem(String column, String code, String messageVi, String messageEn) {

    /** A required value (or, in {@link ReadSummary#fileProblems()}, a required column) is missing. */
    public static final String REQUIRED = "required";
    /** A value is neither a code nor a label of its code list (or of the genders, or a language). */
    public static final String UNKNOWN_CODE = "unknown-code";
    /** A year is not a whole number. */
    public static final String NOT_A_NUMBER = "not-a-number";
    /** A year is outside 1900..this year. */
    public static final String OUT_OF_RANGE = "out-of-range";
    /** An ORCID iD of the wrong form or with a wrong check digit. */
    public static final String INVALID_ORCID = "invalid-orcid";
    /** An email address of the wrong form. */
    public static final String INVALID_EMAIL = "invalid-email";
    /** File: a required column is missing; nothing is imported. */
    public static final String MISSING_COLUMN = "missing-column";
    /** File (warning): a column the platform does not know; its cells are ignored. */
    public static final String UNKNOWN_COLUMN = "unknown-column";
    /** File (warning): a second column for the same field; its cells are ignored. */
    public static final String DUPLICATE_COLUMN = "duplicate-column";
    /** File (warning): rows above the header row (a title, say) were skipped. */
    public static final String ROWS_BEFORE_HEADER = "rows-before-header";
    /** File (warning): values in a column without a header (reported once per column); they are ignored. */
    public static final String UNNAMED_COLUMN = "unnamed-column";
    /** File: no row at all. */
    public static final String EMPTY_FILE = "empty-file";
    /** File: a CSV file that is not UTF-8 (e.g. saved by Excel as plain "CSV" in a Windows code page). */
    public static final String NOT_UTF8 = "not-utf8";
    /** File: a CSV file with broken quoting, or a workbook that cannot be read. */
    public static final String MALFORMED_FILE = "malformed-file";
    /** File: an Excel 97-2003 (.xls) workbook, which is not supported. */
    public static final String XLS_NOT_SUPPORTED = "xls-not-supported";

    /** The codes of problems that are only warnings: the row (or file) is still imported. */
    public static final Set<String> WARNING_CODES = Set.of(UNKNOWN_COLUMN, DUPLICATE_COLUMN, ROWS_BEFORE_HEADER,
            UNNAMED_COLUMN);

    public RowProblem {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(messageVi, "messageVi");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /** Whether the problem prevents the import of its row (or, at file level, of the file). */
    public boolean isError() {
        return !WARNING_CODES.contains(code);
    }

    /** The message in a language: English for {@code en} and its variants, Vietnamese otherwise. */
    public String message(String lang) {
        return lang != null && (lang.equalsIgnoreCase("en") || lang.toLowerCase(java.util.Locale.ROOT).startsWith("en-"))
                ? messageEn : messageVi;
    }
}
