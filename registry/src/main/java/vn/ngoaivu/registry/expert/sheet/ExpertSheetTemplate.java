package vn.ngoaivu.registry.expert.sheet;

import vn.ngoaivu.registry.sheet.GuideSheet;
import vn.ngoaivu.registry.sheet.SheetWriting;
import vn.ngoaivu.registry.sheet.SheetFormat;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.ngoaivu.ontology.CodeLists;
import vn.ngoaivu.ontology.Scheme;
import vn.ngoaivu.registry.expert.ExpertProfile;

/**
 * The blank spreadsheet officers download to start a list: the header row and one clearly fictional example
 * row ({@link #EXAMPLE}), which {@link ExpertSheetReader} reads back as one valid row. The XLSX template has a
 * second sheet, "Hướng dẫn", explaining each column (Vietnamese and English) and listing the codes with their
 * Vietnamese and English names: genders, academic titles, degrees, FORD fields, collaboration interests, common
 * languages and countries, straight from the ontology's code lists.
 */
public final class ExpertSheetTemplate {

    /** The name of the guide sheet of the XLSX template. */
    public static final String GUIDE_SHEET_NAME = GuideSheet.NAME;

    /** The example row: a fictional person (example.org address, ORCID's own documentation iD). */
    public static final ExpertProfile EXAMPLE = new ExpertProfile(
            Optional.of("VIDU-0001"),
            "Nguyễn Văn Mẫu",
            Optional.of("Van Mau Nguyen"),
            Optional.of("male"),
            Optional.of(1980),
            Optional.of("Xã Ví Dụ"),
            "US",
            Optional.of("Boston"),
            Optional.of("Đại học Ví Dụ (Example University)"),
            Optional.of("Giảng viên cao cấp"),
            Optional.of("PGS"),
            Optional.of("TS"),
            List.of("2.2", "1.2"),
            List.of("năng lượng tái tạo", "lưới điện thông minh"),
            List.of("vi", "en"),
            Optional.of("0000-0002-1825-0097"),
            Optional.of("nguyen.van.mau@example.org"),
            Optional.of("(617) 555-0100"),
            Optional.of("https://example.org/nguyen-van-mau"),
            List.of("research-cooperation", "teaching-lecturing"),
            List.of(), List.of(), List.of(),
            Optional.of("Dòng ví dụ, người hư cấu: xóa dòng này trước khi nhập. "
                    + "Fictional example row: delete it before importing."),
            Map.of());

    private static final List<String[]> NOTES = List.of(
            new String[] {"Mỗi dòng là một người. Dòng đầu tiên của trang «" + ExpertSheetWriter.SHEET_NAME
                    + "» là tiêu đề cột.",
                    "One row per person. The first row of the sheet “" + ExpertSheetWriter.SHEET_NAME
                            + "” holds the column headers."},
            new String[] {"Có thể đổi thứ tự cột, bỏ cột không dùng (trừ cột bắt buộc), viết tiêu đề không dấu "
                    + "hoặc dùng khóa tiếng Anh.",
                    "Columns may come in any order and unused ones may be left out (not the required ones); headers "
                            + "may be written without diacritics, or as the English keys."},
            new String[] {"Ô có nhiều giá trị: cách nhau bằng dấu chấm phẩy (;).",
                    "Cells with several values: separate them with semicolons (;)."},
            new String[] {"Với các cột có bảng mã bên dưới, ghi mã hoặc tên (tiếng Việt hoặc tiếng Anh) đều được.",
                    "For the columns with a code list below, write either the code or the name (Vietnamese or English)."},
            new String[] {"Nhập lại tệp có cùng «Mã hồ sơ» sẽ cập nhật hồ sơ đã có, không tạo hồ sơ mới.",
                    "Importing a file again with the same “Mã hồ sơ” updates the existing profiles instead of "
                            + "creating new ones."},
            new String[] {"Dòng ví dụ (Nguyễn Văn Mẫu) là người hư cấu: xóa dòng đó trước khi nhập.",
                    "The example row (Nguyễn Văn Mẫu) is a fictional person: delete it before importing."},
            new String[] {"Lưu tệp dạng Excel (.xlsx) hoặc \"CSV UTF-8\".",
                    "Save the file as an Excel workbook (.xlsx) or as \"CSV UTF-8\"."});

    private final CodeLists codes;

    public ExpertSheetTemplate(CodeLists codes) {
        this.codes = Objects.requireNonNull(codes, "codes");
    }

    /** Writes the template; the stream is flushed, not closed. */
    public void write(OutputStream out, SheetFormat format) throws IOException {
        Objects.requireNonNull(out, "out");
        switch (Objects.requireNonNull(format, "format")) {
            case CSV -> new ExpertSheetWriter().write(out, SheetFormat.CSV, List.of(ExpertSheetRow.of(EXAMPLE)).iterator());
            case XLSX -> {
                Workbook workbook = SheetWriting.workbook(out);
                ExpertSheetWriter.writeSheet(workbook, List.of(ExpertSheetRow.of(EXAMPLE)).iterator(), false);
                writeGuide(workbook.newWorksheet(GUIDE_SHEET_NAME));
                workbook.finish();
                out.flush();
            }
        }
    }

    private void writeGuide(Worksheet sheet) throws IOException {
        GuideSheet guide = new GuideSheet(sheet);
        guide.title("Hướng dẫn điền danh sách chuyên gia, trí thức ở nước ngoài");
        guide.row("How to fill in the list of overseas experts and intellectuals");
        guide.skip();
        for (String[] note : NOTES) {
            guide.row(note[0], note[1]);
        }
        guide.skip();
        guide.title("Các cột", "Columns");
        guide.header("Tiêu đề cột (header)", "Khóa tiếng Anh (English key)", "Bắt buộc (required)", "Ý nghĩa",
                "Meaning");
        for (ExpertColumns column : ExpertColumns.values()) {
            guide.row(column.headerVi(), column.key(), column.required() ? "Bắt buộc (required)" : "",
                    column.descriptionVi(), column.descriptionEn());
        }
        guide.codes("Bảng mã cột «" + ExpertColumns.GENDER.headerVi() + "»", "Genders",
                List.of(new String[] {"Nam", "Nam", "male"}, new String[] {"Nữ", "Nữ", "female"},
                        new String[] {"Khác", "Khác", "other"}));
        guide.scheme(codes, Scheme.ACADEMIC_TITLE, ExpertColumns.ACADEMIC_TITLE.headerVi(), "Academic titles");
        guide.scheme(codes, Scheme.DEGREE, ExpertColumns.DEGREE.headerVi(), "Degrees");
        guide.scheme(codes, Scheme.FORD, ExpertColumns.FIELDS.headerVi(), "Fields of research (FORD, OECD 2015)");
        guide.scheme(codes, Scheme.COLLABORATION_INTEREST, ExpertColumns.COLLABORATION_INTERESTS.headerVi(), "Collaboration interests");
        guide.codes("Cột «" + ExpertColumns.LANGUAGES.headerVi()
                        + "»: các ngôn ngữ thường gặp (mọi mã BCP 47 đều được)", "Common languages (any BCP 47 tag is accepted)",
                Languages.COMMON.stream()
                        .map(tag -> new String[] {tag, Languages.nameVi(tag), Languages.nameEn(tag)})
                        .toList());
        guide.scheme(codes, Scheme.COUNTRY, ExpertColumns.COUNTRY.headerVi(), "Countries (ISO 3166-1)");
        guide.finish();
    }
}
