package vn.ngoaivu.registry.expert.sheet;

import vn.ngoaivu.registry.sheet.SheetFormat;
import vn.ngoaivu.registry.sheet.RowProblem;
import vn.ngoaivu.registry.sheet.ReadSummary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ngoaivu.registry.expert.sheet.SheetTestSupport.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ngoaivu.registry.expert.ExpertProfile;

/** Files that cannot be read as they are, and workbooks written by other programs. */
class ExpertSheetFileProblemsTest {

    private static List<String> codes(SheetTestSupport.Read read) {
        return read.summary().fileProblems().stream().map(RowProblem::code).toList();
    }

    @Test
    void aCsvFileInAWindowsCodePageIsRefusedWithAHint() {
        byte[] bytes = "Họ và tên,Quốc gia cư trú\nLê Văn Bình,FR\n".getBytes(Charset.forName("windows-1258"));
        SheetTestSupport.Read read = read(bytes, SheetFormat.CSV);
        assertFalse(read.summary().accepted());
        assertEquals(List.of(RowProblem.NOT_UTF8), codes(read));
        assertTrue(read.summary().fileProblems().get(0).messageVi().contains("CSV UTF-8"));
    }

    @Test
    void brokenQuotingIsAFileErrorAfterTheRowsBeforeIt() {
        SheetTestSupport.Read read = read(("Họ và tên,Quốc gia cư trú\nLê Văn Bình,FR\n\"Trần Văn An,DE\n")
                .getBytes(StandardCharsets.UTF_8), SheetFormat.CSV);
        assertFalse(read.summary().accepted());
        assertEquals(List.of(RowProblem.MALFORMED_FILE), codes(read));
        assertTrue(read.summary().fileProblems().get(0).messageVi().contains("từ dòng 3"),
                read.summary().fileProblems().get(0).messageVi());
        assertEquals(1, read.rows().size());
    }

    @Test
    void emptyFilesAreReported() {
        for (SheetFormat format : SheetFormat.values()) {
            SheetTestSupport.Read read = read(new byte[0], format);
            assertEquals(List.of(RowProblem.EMPTY_FILE), codes(read), format.name());
        }
        assertEquals(List.of(RowProblem.EMPTY_FILE), codes(read("\uFEFF\r\n,,\r\n".getBytes(StandardCharsets.UTF_8),
                SheetFormat.CSV)));
    }

    @Test
    void oldExcelFilesAndOtherBytesAreNotWorkbooks() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertEquals(List.of(RowProblem.XLS_NOT_SUPPORTED), codes(read(xls, SheetFormat.XLSX)));
        assertEquals(List.of(RowProblem.MALFORMED_FILE),
                codes(read("Họ và tên,Quốc gia cư trú\n".getBytes(StandardCharsets.UTF_8), SheetFormat.XLSX)));
        byte[] truncated = SheetTestSupport.write(SheetFormat.XLSX, List.of(ExpertSheetRow.of(SheetTestSupport.fullProfile(1))));
        byte[] half = java.util.Arrays.copyOf(truncated, truncated.length / 2);
        assertEquals(List.of(RowProblem.MALFORMED_FILE), codes(read(half, SheetFormat.XLSX)));
    }

    @Test
    void aWorkbookWithSharedStringsNumbersATitleAndGapsReadsWithTheSheetsRowNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Danh sách");
        sheet.value(0, 0, "Danh sách chuyên gia");                 // a title in row 1
        sheet.value(2, 0, "STT");                                  // the header in row 3 (shared strings)
        sheet.value(2, 1, "Ho va ten");
        sheet.value(2, 2, "Quốc gia");
        sheet.value(2, 3, "Năm sinh");
        sheet.value(2, 4, "Điện thoại");
        sheet.value(3, 0, 1);
        sheet.value(3, 1, "Lê Văn Bình");
        sheet.value(3, 2, "Pháp");
        sheet.value(3, 3, 1968);                                   // a number cell
        sheet.value(3, 4, "'+33 6 12 34 56 78");
        sheet.value(5, 0, 2);                                      // row 6 after a gap; row 7 numbered only
        sheet.value(5, 1, "Trần Văn An");
        sheet.value(5, 2, "Đức");
        sheet.value(5, 3, 1975.0);
        sheet.value(6, 0, 3);
        workbook.newWorksheet("Sheet2").value(0, 0, "ignored");
        workbook.finish();

        SheetTestSupport.Read read = read(out.toByteArray(), SheetFormat.XLSX);

        assertTrue(read.summary().accepted(), read.summary().toString());
        assertEquals(3, read.summary().headerRow());
        assertEquals(List.of(4L, 6L), read.rows().stream().map(ParsedRow::rowNumber).toList());
        ExpertProfile first = read.row(4).profile().orElseThrow();
        assertEquals("FR", first.countryCode());
        assertEquals(java.util.Optional.of(1968), first.birthYear());
        assertEquals(java.util.Optional.of("+33 6 12 34 56 78"), first.phone());
        assertEquals(java.util.Optional.of(1975), read.row(6).profile().orElseThrow().birthYear());
    }

    @Test
    void aPathIsReadWithoutCopyingAndATemporaryCopyOfAStreamIsDeleted(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("chuyen-gia.xlsx");
        Files.write(file, SheetTestSupport.write(SheetFormat.XLSX,
                List.of(ExpertSheetRow.of(SheetTestSupport.fullProfile(1)))));
        List<ParsedRow> rows = new ArrayList<>();
        ReadSummary summary = SheetTestSupport.READER.read(file, SheetFormat.XLSX, rows::add);
        assertEquals(1, summary.validRows());

        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = countSheetCopies(tmp);
        read(Files.readAllBytes(file), SheetFormat.XLSX);
        assertEquals(before, countSheetCopies(tmp));
    }

    private static long countSheetCopies(Path tmp) throws IOException {
        try (var files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("ngoaivu-sheet-")).count();
        }
    }

    @Test
    void formatsAreFoundByMediaTypeAndFileName() {
        assertEquals(SheetFormat.CSV, SheetFormat.fromMediaType("text/csv; charset=utf-8").orElseThrow());
        assertEquals(SheetFormat.XLSX, SheetFormat.fromMediaType(SheetFormat.XLSX.mediaType()).orElseThrow());
        assertEquals(SheetFormat.XLSX, SheetFormat.fromFileName("Danh sách.XLSX").orElseThrow());
        assertEquals("csv", SheetFormat.CSV.extension());
        assertTrue(SheetFormat.fromFileName("old.xls").isEmpty());
        assertTrue(SheetFormat.fromMediaType(null).isEmpty());
    }
}
