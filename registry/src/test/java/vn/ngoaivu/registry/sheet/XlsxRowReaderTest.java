package vn.ngoaivu.registry.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks written by hand, part by part, with what Excel and other programs put in them. */
class XlsxRowReaderTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static Map<String, String> workbook(String sharedStrings, String sheet) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        parts.put("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"" + PKG_REL + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        // The first sheet of the workbook is the second part, to check that order comes from workbook.xml.
        parts.put("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\">"
                + "<sheets><sheet name=\"Danh sách\" sheetId=\"2\" r:id=\"rId7\"/><sheet name=\"Khác\" sheetId=\"1\" r:id=\"rId1\"/>"
                + "</sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"" + PKG_REL + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId7\" Type=\"" + REL + "/worksheet\" Target=\"/xl/worksheets/sheet2.xml\"/>"
                + (sharedStrings == null ? "" : "<Relationship Id=\"rId9\" Type=\"" + REL
                        + "/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                + "</Relationships>");
        if (sharedStrings != null) {
            parts.put("xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst xmlns=\"" + MAIN + "\">" + sharedStrings + "</sst>");
        }
        parts.put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>wrong sheet</t></is></c></row></sheetData></worksheet>");
        parts.put("xl/worksheets/sheet2.xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"" + MAIN + "\">"
                + "<sheetViews><sheetView workbookViewId=\"0\"/></sheetViews><sheetData>" + sheet + "</sheetData>"
                + "<mergeCells count=\"0\"/></worksheet>");
        return parts;
    }

    private static Path zip(Path dir, Map<String, String> parts) throws IOException {
        Path file = Files.createTempFile(dir, "wb-", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    @Test
    void sharedRichAndPhoneticStringsInlineTextNumbersBooleansAndFormulas(@TempDir Path dir) throws IOException {
        String strings = "<si><t>Họ và tên</t></si>"
                + "<si><r><rPr><b/></rPr><t xml:space=\"preserve\">Nguyễn </t></r><r><t>Văn Á</t></r></si>"
                + "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh><phoneticPr fontId=\"1\"/></si>"
                + "<si><t>a &amp; b &lt;c&gt;</t></si>";
        String sheet = "<row r=\"1\" spans=\"1:5\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>3</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\" t=\"s\" s=\"1\"><v>1</v></c><c r=\"B3\" t=\"s\"><v>2</v></c>"
                + "<c r=\"C3\"><v>1975</v></c><c r=\"D3\" t=\"n\"><v>1.5E3</v></c><c r=\"E3\" t=\"b\"><v>1</v></c></row>"
                + "<row r=\"4\"><c t=\"inlineStr\"><is><r><t>inline </t></r><r><t>rich</t></r></is></c>"
                + "<c t=\"str\"><f>A1&amp;\"x\"</f><v>Họ và tênx</v></c><c/><c t=\"e\"><v>#N/A</v></c></row>"
                + "<row r=\"5\"/>";
        try (XlsxRowReader reader = new XlsxRowReader(zip(dir, workbook(strings, sheet)))) {
            assertEquals(new SheetRow(1, List.of("Họ và tên", "", "a & b <c>")), reader.next());
            assertEquals(new SheetRow(3, List.of("Nguyễn Văn Á", "東京", "1975", "1500", "TRUE")),
                    reader.next());
            assertEquals(new SheetRow(4, List.of("inline rich", "Họ và tênx", "", "#N/A")), reader.next());
            assertEquals(new SheetRow(5, List.of()), reader.next());
            assertNull(reader.next());
            assertNull(reader.next());
        }
    }

    @Test
    void aWorkbookWithoutSharedStrings(@TempDir Path dir) throws IOException {
        try (XlsxRowReader reader = new XlsxRowReader(zip(dir, workbook(null,
                "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>x</t></is></c></row>")))) {
            assertEquals(new SheetRow(2, List.of("", "x")), reader.next());
            assertNull(reader.next());
        }
    }

    @Test
    void externalEntitiesAreNotResolved(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
        Map<String, String> parts = workbook(null, "<row r=\"1\"><c t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>");
        parts.put("xl/worksheets/sheet2.xml", "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>" + parts.get("xl/worksheets/sheet2.xml").substring("<?xml version=\"1.0\"?>".length()));
        Path file = zip(dir, parts);
        IOException e = assertThrows(IOException.class, () -> {
            try (XlsxRowReader reader = new XlsxRowReader(file)) {
                SheetRow row = reader.next();
                assertTrue(row == null || !row.cells().toString().contains("TOP SECRET"), String.valueOf(row));
                reader.next();
            }
        });
        assertTrue(!String.valueOf(e.getMessage()).contains("TOP SECRET"));
    }

    @Test
    void missingPartsAndBadReferencesAreFormatErrors(@TempDir Path dir) throws IOException {
        Map<String, String> noSheet = workbook(null, "");
        noSheet.remove("xl/worksheets/sheet2.xml");
        assertThrows(XlsxRowReader.XlsxFormatException.class, () -> new XlsxRowReader(zip(dir, noSheet)).close());
        Path badIndex = zip(dir, workbook("<si><t>a</t></si>", "<row r=\"1\"><c t=\"s\"><v>5</v></c></row>"));
        try (XlsxRowReader reader = new XlsxRowReader(badIndex)) {
            assertThrows(XlsxRowReader.XlsxFormatException.class, reader::next);
        }
    }

    @Test
    void cellReferencesAndRelationshipTargets() throws IOException {
        assertEquals(0, XlsxRowReader.columnIndex("A1"));
        assertEquals(27, XlsxRowReader.columnIndex("AB12"));
        assertEquals(16_383, XlsxRowReader.columnIndex("XFD1"));
        assertThrows(XlsxRowReader.XlsxFormatException.class, () -> XlsxRowReader.columnIndex("XFE1"));
        assertEquals("xl/worksheets/sheet1.xml", XlsxRowReader.resolve("xl/workbook.xml", "worksheets/sheet1.xml"));
        assertEquals("xl/worksheets/sheet1.xml", XlsxRowReader.resolve("xl/workbook.xml", "/xl/worksheets/sheet1.xml"));
        assertEquals("media/x.png", XlsxRowReader.resolve("xl/workbook.xml", "../media/x.png"));
    }
}
