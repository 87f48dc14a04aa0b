package vn.ngoaivu.registry.record.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.ngoaivu.ontology.CodeLists;
import vn.ngoaivu.ontology.Ontology;
import vn.ngoaivu.registry.document.DocumentCitations;
import vn.ngoaivu.registry.record.RecordContent;
import vn.ngoaivu.registry.record.RecordKind;
import vn.ngoaivu.registry.record.RecordValidator;
import vn.ngoaivu.registry.sheet.ReadSummary;
import vn.ngoaivu.registry.sheet.RowProblem;
import vn.ngoaivu.registry.sheet.SheetFormat;

/** Record sheets read into the API's content, with every problem named by its column. */
class RecordSheetReaderTest {

    private static final CodeLists CODES = Ontology.load("http://localhost:8080/").schemes();
    private static final RecordSheetReader READER = new RecordSheetReader(CODES,
            new RecordValidator(CODES, new DocumentCitations(CODES, Clock.systemUTC())));

    private record Read(ReadSummary summary, List<RecordSheetRow> rows) {
        RecordContent content(int i) {
            return rows.get(i).checked().orElseThrow(() -> new AssertionError(rows.get(i).problems())).content();
        }

        /** The row's problems as column → code. */
        Map<String, String> problems(int i) {
            return rows.get(i).problems().stream().collect(Collectors.toMap(RowProblem::column, RowProblem::code, (a, b) -> a));
        }
    }

    private static Read read(byte[] bytes, SheetFormat format, RecordKind kind) throws IOException {
        List<RecordSheetRow> rows = new ArrayList<>();
        ReadSummary summary = READER.read(new ByteArrayInputStream(bytes), format, kind, rows::add);
        return new Read(summary, rows);
    }

    private static Read csv(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8), SheetFormat.CSV, RecordKind.CONFERENCE_PERMIT);
    }

    @Test
    void semicolonsBomAndVietnameseHeadersWithBothDateForms() throws IOException {
        Read read = csv("\uFEFFMã dòng;Tiêu đề;Quốc gia;Ngày bắt đầu;Ngày kết thúc;Đơn vị tổ chức;Địa điểm;"
                + "Số đại biểu nước ngoài;Hình thức;Trạng thái\r\n"
                + "HT-1;Hội thảo nông nghiệp;\"JP; Hàn Quốc\";01/03/2025;2025-03-02;Sở Nông nghiệp;Hà Tĩnh;35;Hybrid;"
                + "approved\r\n");
        assertTrue(read.summary().accepted(), read.summary().toString());
        assertEquals(1, read.summary().validRows());
        RecordContent content = read.content(0);
        assertEquals("HT-1", content.externalKey().orElseThrow());
        assertEquals(List.of("JP", "KR"), content.countries(), "codes and names of countries");
        assertEquals(LocalDate.of(2025, 3, 1), content.startDate().orElseThrow(), "day first");
        assertEquals(LocalDate.of(2025, 3, 2), content.endDate().orElseThrow());
        assertEquals(35, content.details().path("foreignParticipants").asInt());
        assertEquals("hybrid", content.details().path("format").asText(), "choices in any case");
        assertEquals("approved", read.rows().get(0).status().orElseThrow());
    }

    @Test
    void commasAndEnglishHeadersOrKeys() throws IOException {
        Read read = csv("Row key,Title,Countries,Start date,organiser,VENUE,Foreign participants,Issuing agency code,"
                + "Document number and symbol,Document issue date,Document role\n"
                + "HT-2,Hội thảo y tế,United States,2025-04-10,Bệnh viện tỉnh,Hội trường,12,000.00.32.H40,"
                + "15/QĐ-SNgV,20/03/2025,permit\n");
        assertTrue(read.summary().accepted(), read.summary().toString());
        RecordContent content = read.content(0);
        assertEquals(List.of("US"), content.countries());
        assertEquals("Hội trường", content.details().path("venue").asText());
        assertEquals(1, read.rows().get(0).checked().orElseThrow().documents().size(), "one cited document");
        assertEquals(LocalDate.of(2025, 3, 20), content.documents().get(0).issueDate());
    }

    @Test
    void anUnknownColumnIsAWarningAndAMissingRequiredOneRefusesTheFile() throws IOException {
        Read unknown = csv("Mã dòng,Tiêu đề,Quốc gia,Ngày bắt đầu,Đơn vị tổ chức,Địa điểm,Số đại biểu nước ngoài,"
                + "Màu bìa\nHT-3,Hội thảo,JP,2025-05-01,Sở,Huế,3,xanh\n");
        assertTrue(unknown.summary().accepted());
        assertEquals(List.of(RowProblem.UNKNOWN_COLUMN), unknown.summary().fileProblems().stream().map(RowProblem::code).toList());
        assertEquals("Màu bìa", unknown.summary().fileProblems().get(0).column());
        assertTrue(unknown.rows().get(0).isValid());

        Read missing = csv("Mã dòng,Tiêu đề,Quốc gia,Ngày bắt đầu,Đơn vị tổ chức,Số đại biểu nước ngoài\n"
                + "HT-4,Hội thảo,JP,2025-05-01,Sở,3\n");
        assertFalse(missing.summary().accepted());
        assertEquals(Map.of("Địa điểm", RowProblem.MISSING_COLUMN), missing.summary().fileProblems().stream()
                .collect(Collectors.toMap(RowProblem::column, RowProblem::code)));
        assertEquals(0, missing.summary().rows(), "no row is read");
    }

    @Test
    void eachRowProblemNamesItsColumn() throws IOException {
        Read read = csv("Mã dòng,Tiêu đề,Quốc gia,Ngày bắt đầu,Đơn vị tổ chức,Địa điểm,Số đại biểu nước ngoài,"
                + "Trạng thái,Mã cơ quan ban hành,\"Số, ký hiệu văn bản\",Ngày ban hành,Vai trò văn bản\n"
                + ",Hội thảo,Atlantis,32/13/2025,Sở,Huế,nhiều,flying,000.00.32.H40,không số,01/01/2025,permit\n");
        assertEquals(0, read.summary().validRows());
        Map<String, String> problems = read.problems(0);
        assertEquals(RowProblem.REQUIRED, problems.get("Mã dòng"));
        assertEquals(RowProblem.UNKNOWN_CODE, problems.get("Quốc gia"));
        assertEquals("format", problems.get("Ngày bắt đầu"));
        assertEquals("type", problems.get("Số đại biểu nước ngoài"), "the API's own check, named by its column");
        assertEquals(RowProblem.UNKNOWN_CODE, problems.get("Trạng thái"));
        assertEquals("format", problems.get("Số, ký hiệu văn bản"));
        assertTrue(read.rows().get(0).problems().get(0).messageVi().contains("Mã dòng"), "in column order");
    }

    @ParameterizedTest
    @EnumSource(RecordKind.class)
    void everyKindsTemplateReadsBackAsOneValidRowInBothFormats(RecordKind kind) throws IOException {
        for (SheetFormat format : SheetFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new RecordSheetTemplate(CODES).write(out, format, kind);
            Read read = read(out.toByteArray(), format, kind);
            assertTrue(read.summary().accepted(), kind + " " + format + ": " + read.summary());
            assertEquals(1, read.summary().validRows(), kind + " " + format + ": " + read.rows());
            assertEquals(RecordSheetTemplate.EXAMPLE_KEY, read.content(0).externalKey().orElseThrow());
        }
    }

    @Test
    void theGuideSheetGivesEnglishHeadersAndTheKindsCodes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RecordSheetTemplate(CODES).write(out, SheetFormat.XLSX, RecordKind.CONFERENCE_PERMIT);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            String guide = workbook.getSheets().skip(1).findFirst().orElseThrow().read().stream()
                    .map(row -> row.stream().map(cell -> cell == null ? "" : cell.getText()).collect(Collectors.joining("|")))
                    .collect(Collectors.joining("\n"));
            assertTrue(guide.contains("Foreign participants"), "English headers");
            assertTrue(guide.contains("hybrid"), "the choices' codes");
            assertTrue(guide.contains("in-progress"), "the workflow's statuses");
        }
    }

    @Test
    void realExcelDateCellsAreDates() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Hồ sơ");
        List<String> headers = List.of("Mã dòng", "Tiêu đề", "Quốc gia", "Ngày bắt đầu", "Đơn vị tổ chức", "Địa điểm",
                "Số đại biểu nước ngoài");
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
        }
        sheet.value(1, 0, "HT-5");
        sheet.value(1, 1, "Hội thảo Excel");
        sheet.value(1, 2, "FR");
        sheet.value(1, 3, LocalDate.of(2025, 3, 1));
        sheet.style(1, 3).format("dd/mm/yyyy").set();
        sheet.value(1, 4, "Sở");
        sheet.value(1, 5, "Huế");
        sheet.value(1, 6, 40);
        workbook.finish();
        Read read = read(out.toByteArray(), SheetFormat.XLSX, RecordKind.CONFERENCE_PERMIT);
        assertEquals(LocalDate.of(2025, 3, 1), read.content(0).startDate().orElseThrow());
        assertEquals(40, read.content(0).details().path("foreignParticipants").asInt(), "a number cell");
    }
}
