package vn.ngoaivu.registry.record.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.ngoaivu.ontology.CodeLists;
import vn.ngoaivu.ontology.Concept;
import vn.ngoaivu.ontology.Scheme;
import vn.ngoaivu.registry.document.DocumentCitations;
import vn.ngoaivu.registry.record.FieldSpec;
import vn.ngoaivu.registry.record.FieldType;
import vn.ngoaivu.registry.record.RecordKind;
import vn.ngoaivu.registry.sheet.Cells;
import vn.ngoaivu.registry.sheet.GuideSheet;
import vn.ngoaivu.registry.sheet.SheetFormat;
import vn.ngoaivu.registry.sheet.SheetWriting;

/**
 * The blank sheet officers download to list records of one kind: the Vietnamese header row and one example row
 * (key {@value #EXAMPLE_KEY}), which {@link RecordSheetReader} reads back as one valid row. The XLSX template has a
 * second sheet, "Hướng dẫn", with each column's Vietnamese and English header and meaning, and the codes of the
 * kind's choices, statuses, document roles, sectors and countries.
 */
public final class RecordSheetTemplate {

    /** The name of the data sheet. */
    public static final String SHEET_NAME = "Hồ sơ";
    /** The example row's key. */
    public static final String EXAMPLE_KEY = "VIDU-0001";
    private static final String EXAMPLE_NOTE = "Dòng ví dụ: xóa trước khi nhập (example row: delete it before importing)";

    private static final List<String[]> NOTES = List.of(
            new String[] {"Mỗi dòng là một hồ sơ. Dòng đầu tiên của trang «" + SHEET_NAME + "» là tiêu đề cột.",
                    "One row per record. The first row of the sheet “" + SHEET_NAME + "” holds the column headers."},
            new String[] {"Tiêu đề cột có thể viết bằng tiếng Việt, tiếng Anh hoặc khóa (key), có dấu hay không dấu; "
                    + "có thể đổi thứ tự cột, bỏ cột không dùng (trừ cột bắt buộc).",
                    "Headers may be the Vietnamese or English header or the key, with or without diacritics; columns may "
                            + "come in any order and unused ones may be left out (not the required ones)."},
            new String[] {"Ô có nhiều giá trị: cách nhau bằng dấu chấm phẩy (;).",
                    "Cells with several values: separate them with semicolons (;)."},
            new String[] {"Nhập lại tệp có cùng «Mã dòng» sẽ cập nhật hồ sơ đã có, không tạo hồ sơ mới; trạng thái "
                    + "và các văn bản đã dẫn chiếu được giữ.",
                    "Importing again with the same “Mã dòng” updates the existing records instead of creating new "
                            + "ones; their status and the documents they cite are kept."},
            new String[] {"Dòng ví dụ (" + EXAMPLE_KEY + ") là hư cấu: xóa dòng đó trước khi nhập.",
                    "The example row (" + EXAMPLE_KEY + ") is fictional: delete it before importing."},
            new String[] {"Lưu tệp dạng Excel (.xlsx) hoặc \"CSV UTF-8\".",
                    "Save the file as an Excel workbook (.xlsx) or as \"CSV UTF-8\"."});

    private final CodeLists codes;

    public RecordSheetTemplate(CodeLists codes) {
        this.codes = Objects.requireNonNull(codes, "codes");
    }

    /** Writes the template of {@code kind}; the stream is flushed, not closed. */
    public void write(OutputStream out, SheetFormat format, RecordKind kind) throws IOException {
        Objects.requireNonNull(out, "out");
        RecordSheetColumns columns = RecordSheetColumns.of(Objects.requireNonNull(kind, "kind"));
        List<String> headers = columns.all().stream().map(RecordColumn::headerVi).toList();
        List<String> example = columns.all().stream().map(this::example).toList();
        switch (Objects.requireNonNull(format, "format")) {
            case CSV -> {
                CSVPrinter printer = SheetWriting.csv(out);
                printer.printRecord(headers);
                printer.printRecord(example.stream().map(Cells::escape).toList());
                printer.flush();
            }
            case XLSX -> {
                Workbook workbook = SheetWriting.workbook(out);
                Worksheet sheet = workbook.newWorksheet(SHEET_NAME);
                SheetWriting.header(sheet, headers);
                for (int c = 0; c < example.size(); c++) {
                    sheet.width(c, 20);
                    if (!example.get(c).isEmpty()) {
                        sheet.inlineString(1, c, Cells.escape(example.get(c)));
                    }
                }
                sheet.finish();
                writeGuide(new GuideSheet(workbook.newWorksheet(GuideSheet.NAME)), columns);
                workbook.finish();
                out.flush();
            }
        }
    }

    /** A value the reader accepts for the column, in the form officers would write it. */
    private String example(RecordColumn column) {
        return switch (column.key()) {
            case RecordSheetColumns.EXTERNAL_KEY -> EXAMPLE_KEY;
            case RecordSheetColumns.TITLE -> EXAMPLE_NOTE;
            case RecordSheetColumns.COUNTRIES -> "JP; Hàn Quốc";
            case RecordSheetColumns.START_DATE -> "01/03/2025";
            case RecordSheetColumns.END_DATE -> "2025-03-02";
            case RecordSheetColumns.DOCUMENT_ROLE -> "permit";
            case RecordSheetColumns.DOCUMENT_AGENCY -> "000.00.32.H40";
            case RecordSheetColumns.DOCUMENT_NUMBER -> "12/QĐ-SNgV";
            case RecordSheetColumns.DOCUMENT_DATE -> "15/02/2025";
            default -> column.field().map(this::example).orElse("");
        };
    }

    private String example(FieldSpec field) {
        return switch (field.type()) {
            case TEXT, LONG_TEXT -> field.labelVi() + " (ví dụ)";
            case INTEGER -> "10";
            case AMOUNT -> "150000";
            case CURRENCY -> "USD";
            case DATE -> "01/03/2025";
            case TEXT_LIST -> "Ví dụ A; Ví dụ B";
            case SECTORS -> codes.concepts(Scheme.SECTOR).stream().limit(2).map(Concept::notation)
                    .reduce((a, b) -> a + "; " + b).orElse("");
            case CHOICE -> field.choices().get(0);
            case RECORD_ID -> "00000000-0000-0000-0000-000000000000";
        };
    }

    private void writeGuide(GuideSheet guide, RecordSheetColumns columns) throws IOException {
        RecordKind kind = columns.kind();
        String kindVi = codes.concept(Scheme.RECORD_KIND, kind.code()).map(Concept::labelVi).orElse(kind.code());
        String kindEn = codes.concept(Scheme.RECORD_KIND, kind.code()).map(Concept::labelEn).orElse(kind.code());
        guide.title("Hướng dẫn điền danh sách hồ sơ: " + kindVi);
        guide.row("How to fill in the list of records: " + kindEn + " (" + kind.code() + ")");
        guide.skip();
        for (String[] note : NOTES) {
            guide.row(note[0], note[1]);
        }
        guide.skip();
        guide.title("Các cột", "Columns");
        guide.header("Tiêu đề cột (header)", "English header", "Khóa (key)", "Bắt buộc (required)", "Ý nghĩa / Meaning");
        for (RecordColumn column : columns.all()) {
            guide.row(column.headerVi(), column.headerEn(), column.key(), column.required() ? "Bắt buộc (required)" : "",
                    column.descriptionVi() + " / " + column.descriptionEn());
        }
        for (FieldSpec field : kind.fields()) {
            if (field.type() == FieldType.CHOICE) {
                guide.codes("Bảng mã cột «" + field.labelVi() + "»", field.labelEn(),
                        field.choices().stream().map(choice -> new String[] {choice, "", ""}).toList());
            }
        }
        guide.codes("Bảng mã cột «" + columns.column(RecordSheetColumns.STATUS).headerVi() + "»", "Statuses",
                new TreeSet<>(kind.workflow().statuses()).stream().map(this::status).toList());
        guide.codes("Bảng mã cột «" + columns.column(RecordSheetColumns.DOCUMENT_ROLE).headerVi() + "»", "Document roles",
                new TreeSet<>(DocumentCitations.ROLES).stream().map(role -> new String[] {role, "", ""}).toList());
        if (kind.fields().stream().anyMatch(field -> field.type() == FieldType.SECTORS)) {
            guide.scheme(codes, Scheme.SECTOR, "Lĩnh vực", "Sectors");
        }
        guide.scheme(codes, Scheme.COUNTRY, columns.column(RecordSheetColumns.COUNTRIES).headerVi(),
                "Countries (ISO 3166-1)");
        guide.finish();
    }

    private String[] status(String code) {
        return codes.concept(Scheme.RECORD_STATUS, code)
                .map(concept -> new String[] {code, concept.labelVi(), concept.labelEn()})
                .orElse(new String[] {code, "", ""});
    }
}
