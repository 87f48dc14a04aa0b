package vn.ngoaivu.registry.record.sheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.ngoaivu.registry.record.FieldSpec;
import vn.ngoaivu.registry.record.FieldType;
import vn.ngoaivu.registry.record.RecordKind;
import vn.ngoaivu.registry.sheet.SheetColumns;

/**
 * The columns of a record kind's sheet, in template order: the common ones (row key, title, summary, countries,
 * dates, status, dossier code), the kind's own fields (headers: {@link FieldSpec#labelVi()}, {@link FieldSpec#labelEn()}
 * or {@link FieldSpec#name()}), then the one document a row may cite. Headers match as {@link SheetColumns#foldHeader}
 * says: case, diacritics, spaces and punctuation do not matter.
 */
public final class RecordSheetColumns implements SheetColumns<RecordColumn> {

    public static final String EXTERNAL_KEY = "externalKey";
    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    public static final String COUNTRIES = "countries";
    public static final String START_DATE = "startDate";
    public static final String END_DATE = "endDate";
    public static final String STATUS = "status";
    public static final String DOSSIER_CODE = "dossierCode";
    public static final String DOCUMENT_ROLE = "documentRole";
    public static final String DOCUMENT_AGENCY = "documentAgencyCode";
    public static final String DOCUMENT_NUMBER = "documentNumberSymbol";
    public static final String DOCUMENT_DATE = "documentIssueDate";
    public static final String DOCUMENT_ABSTRACT = "documentAbstract";
    /** The members of a cited document in the API's JSON form, by column key. */
    static final Map<String, String> DOCUMENT_MEMBERS = Map.of(DOCUMENT_ROLE, "role", DOCUMENT_AGENCY, "agencyCode",
            DOCUMENT_NUMBER, "numberSymbol", DOCUMENT_DATE, "issueDate", DOCUMENT_ABSTRACT, "abstract");
    private static final String DATE_FORMS_VI = "dạng 01/03/2025 hoặc 2025-03-01 (hoặc ô ngày của Excel)";
    private static final String DATE_FORMS_EN = "as 01/03/2025 (day first) or 2025-03-01 (or an Excel date cell)";
    private static final Map<RecordKind, RecordSheetColumns> BY_KIND = byKind();

    private final RecordKind kind;
    private final List<RecordColumn> columns;
    private final Map<String, RecordColumn> byHeader = new HashMap<>();
    private final Map<String, RecordColumn> byKey = new HashMap<>();

    private RecordSheetColumns(RecordKind kind) {
        this.kind = kind;
        List<RecordColumn> all = new ArrayList<>();
        all.add(RecordColumn.common(EXTERNAL_KEY, "Mã dòng", "Row key", true,
                "Mã riêng của Sở cho hồ sơ này. Nhập lại tệp có cùng mã sẽ cập nhật hồ sơ, không tạo hồ sơ mới.",
                "The department's own key for the record. Importing again with the same key updates the record "
                        + "instead of creating a new one."));
        all.add(RecordColumn.common(TITLE, "Tiêu đề", "Title", true, "Tiêu đề hồ sơ, 3–500 ký tự.",
                "The record's title, 3–500 characters."));
        all.add(RecordColumn.common(SUMMARY, "Tóm tắt", "Summary", false, "Tóm tắt nội dung.", "A summary."));
        all.add(RecordColumn.common(COUNTRIES, "Quốc gia", "Countries", kind.countriesRequired(),
                "Mã ISO hai chữ cái (JP, KR) hoặc tên nước (Nhật Bản); nhiều nước cách nhau bằng dấu chấm phẩy (;).",
                "Two-letter ISO codes (JP, KR) or names (Japan); several separated by semicolons (;)."));
        all.add(RecordColumn.common(START_DATE, "Ngày bắt đầu", "Start date", kind.datesRequired(),
                "Ngày bắt đầu, " + DATE_FORMS_VI + ".", "The start date, " + DATE_FORMS_EN + "."));
        all.add(RecordColumn.common(END_DATE, "Ngày kết thúc", "End date", false,
                "Ngày kết thúc, " + DATE_FORMS_VI + ".", "The end date, " + DATE_FORMS_EN + "."));
        all.add(RecordColumn.common(STATUS, "Trạng thái", "Status", false,
                "Chỉ dùng khi tạo mới: hồ sơ có từ trước nhập ở trạng thái hiện tại (mã hoặc tên, xem bảng mã); "
                        + "để trống là dự thảo. Nhập lại không đổi trạng thái.",
                "Used at creation only: records kept before the platform enter at their status (code or name, see "
                        + "the codes); empty is draft. Importing again does not change the status."));
        all.add(RecordColumn.common(DOSSIER_CODE, "Mã hồ sơ dịch vụ công", "Dossier code", false,
                "Mã hồ sơ trên Cổng dịch vụ công, ví dụ 000.00.32.H40-250301-0001.",
                "The dossier's code on the public-service portal, e.g. 000.00.32.H40-250301-0001."));
        for (FieldSpec field : kind.fields()) {
            all.add(new RecordColumn(field.name(), field.labelVi(), field.labelEn(), field.required(),
                    describeVi(field), describeEn(field), Optional.of(field)));
        }
        all.add(RecordColumn.common(DOCUMENT_ROLE, "Vai trò văn bản", "Document role", false,
                "Văn bản dẫn chiếu (một văn bản mỗi dòng, không bắt buộc): vai trò, xem bảng mã.",
                "The cited document (one per row, optional): its role, see the codes."));
        all.add(RecordColumn.common(DOCUMENT_AGENCY, "Mã cơ quan ban hành", "Issuing agency code", false,
                "Mã định danh cơ quan ban hành, dạng 000.00.32.H40.", "The issuing agency's code, like 000.00.32.H40."));
        all.add(RecordColumn.common(DOCUMENT_NUMBER, "Số, ký hiệu văn bản", "Document number and symbol", false,
                "Số, ký hiệu văn bản, dạng 600/KH-SNgV.", "The number and symbol, like 600/KH-SNgV."));
        all.add(RecordColumn.common(DOCUMENT_DATE, "Ngày ban hành", "Document issue date", false,
                "Ngày ban hành văn bản, " + DATE_FORMS_VI + ".", "The document's issue date, " + DATE_FORMS_EN + "."));
        all.add(RecordColumn.common(DOCUMENT_ABSTRACT, "Trích yếu văn bản", "Document abstract", false,
                "Trích yếu nội dung văn bản.", "The document's abstract."));
        this.columns = List.copyOf(all);
        for (RecordColumn column : columns) {
            byKey.put(column.key(), column);
            for (String header : List.of(column.headerVi(), column.headerEn(), column.key())) {
                RecordColumn previous = byHeader.put(SheetColumns.foldHeader(header), column);
                if ((previous != null && previous != column) || SheetColumns.isIgnoredHeader(header)) {
                    throw new IllegalStateException(kind.code() + ": header '" + header + "' is ambiguous");
                }
            }
        }
    }

    /** The columns of a kind's sheet. */
    public static RecordSheetColumns of(RecordKind kind) {
        return BY_KIND.get(kind);
    }

    public RecordKind kind() {
        return kind;
    }

    @Override
    public List<RecordColumn> all() {
        return columns;
    }

    @Override
    public Optional<RecordColumn> match(String header) {
        return header == null ? Optional.empty() : Optional.ofNullable(byHeader.get(SheetColumns.foldHeader(header)));
    }

    @Override
    public String listNameVi() {
        return "danh sách hồ sơ loại " + kind.code();
    }

    @Override
    public String listNameEn() {
        return "the list of " + kind.code() + " records";
    }

    /** The column with this key ({@link #TITLE}, a field's name). */
    public RecordColumn column(String key) {
        RecordColumn column = byKey.get(key);
        if (column == null) {
            throw new IllegalArgumentException(kind.code() + " has no column " + key);
        }
        return column;
    }

    /**
     * The column a problem's JSON pointer points into: {@code /title}, {@code /countries/1}, {@code /details/venue},
     * {@code /documents/0/issueDate}; empty for a pointer no column fills.
     */
    public Optional<RecordColumn> byPointer(String pointer) {
        String[] parts = pointer.split("/");
        if (parts.length < 2) {
            return Optional.empty();
        }
        return switch (parts[1]) {
            case "details" -> Optional.ofNullable(parts.length > 2 ? byKey.get(parts[2]) : null);
            case "documents" -> Optional.of(byKey.get(parts.length > 3 ? DOCUMENT_MEMBERS.entrySet().stream()
                    .filter(e -> e.getValue().equals(parts[3])).map(Map.Entry::getKey).findFirst().orElse(DOCUMENT_NUMBER)
                    : DOCUMENT_ROLE));
            default -> Optional.ofNullable(byKey.get(parts[1]));
        };
    }

    private static String describeVi(FieldSpec field) {
        String personal = field.personal() ? " Dữ liệu cá nhân: chỉ cán bộ xem." : "";
        return switch (field.type()) {
            case TEXT -> "Văn bản, tối đa 300 ký tự.";
            case LONG_TEXT -> "Văn bản, tối đa 4.000 ký tự.";
            case INTEGER -> "Số nguyên không âm.";
            case AMOUNT -> "Số tiền, tối đa 2 chữ số thập phân (dấu chấm).";
            case CURRENCY -> "Mã tiền tệ ISO 4217 (USD, EUR, VND).";
            case DATE -> "Ngày, " + DATE_FORMS_VI + ".";
            case TEXT_LIST -> "Nhiều mục cách nhau bằng dấu chấm phẩy (;).";
            case SECTORS -> "Mã hoặc tên lĩnh vực (xem bảng mã); nhiều lĩnh vực cách nhau bằng dấu chấm phẩy (;).";
            case CHOICE -> "Một trong các mã: " + String.join(", ", field.choices()) + ".";
            case RECORD_ID -> "Mã (UUID) của hồ sơ loại " + field.recordKind().map(RecordKind::code).orElse("") + ".";
        } + personal;
    }

    private static String describeEn(FieldSpec field) {
        String personal = field.personal() ? " Personal data: staff only." : "";
        return switch (field.type()) {
            case TEXT -> "Text, at most 300 characters.";
            case LONG_TEXT -> "Text, at most 4,000 characters.";
            case INTEGER -> "A whole number, 0 or more.";
            case AMOUNT -> "An amount, at most 2 decimals (with a point).";
            case CURRENCY -> "An ISO 4217 currency code (USD, EUR, VND).";
            case DATE -> "A date, " + DATE_FORMS_EN + ".";
            case TEXT_LIST -> "Several items separated by semicolons (;).";
            case SECTORS -> "Sector codes or names (see the codes); several separated by semicolons (;).";
            case CHOICE -> "One of the codes: " + String.join(", ", field.choices()) + ".";
            case RECORD_ID -> "The id (UUID) of a " + field.recordKind().map(RecordKind::code).orElse("") + " record.";
        } + personal;
    }

    private static Map<RecordKind, RecordSheetColumns> byKind() {
        Map<RecordKind, RecordSheetColumns> map = new EnumMap<>(RecordKind.class);
        for (RecordKind kind : RecordKind.values()) {
            map.put(kind, new RecordSheetColumns(kind));
        }
        return map;
    }

    /** Whether a field's cell is read as several lines of text. */
    static boolean isMultiline(FieldSpec field) {
        return field.type() == FieldType.LONG_TEXT;
    }
}
