package vn.ngoaivu.registry.expert.sheet;

import vn.ngoaivu.registry.sheet.SheetFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ngoaivu.registry.expert.sheet.SheetTestSupport.CODES;
import static vn.ngoaivu.registry.expert.sheet.SheetTestSupport.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import vn.ngoaivu.ontology.Scheme;

class ExpertSheetTemplateTest {

    private static byte[] template(SheetFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExpertSheetTemplate(CODES).write(out, format);
        return out.toByteArray();
    }

    @ParameterizedTest
    @EnumSource(SheetFormat.class)
    void theTemplateReadsBackAsOneValidRow(SheetFormat format) throws IOException {
        SheetTestSupport.Read read = read(template(format), format);
        assertTrue(read.summary().accepted(), read.summary().toString());
        assertEquals(List.of(), read.summary().fileProblems());
        assertEquals(1, read.rows().size());
        assertEquals(List.of(), read.rows().get(0).problems());
        assertEquals(2, read.rows().get(0).rowNumber());
        assertEquals(ExpertSheetTemplate.EXAMPLE, read.rows().get(0).profile().orElseThrow());
    }

    @Test
    void theXlsxTemplateHasAGuideSheetWithColumnsAndCodes() throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(template(SheetFormat.XLSX)))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertEquals(List.of(ExpertSheetWriter.SHEET_NAME, ExpertSheetTemplate.GUIDE_SHEET_NAME),
                    sheets.stream().map(Sheet::getName).toList());
            List<Row> rows = sheets.get(1).read();
            String text = rows.stream().map(row -> row.stream().map(cell -> cell == null ? "" : cell.getText())
                    .collect(Collectors.joining("|"))).collect(Collectors.joining("\n"));
            for (ExpertColumns column : ExpertColumns.values()) {
                assertTrue(text.contains(column.headerVi() + "|" + column.key() + "|"), column.name());
                assertTrue(text.contains(column.descriptionVi()), column.name());
                assertTrue(text.contains(column.descriptionEn()), column.name());
            }
            assertTrue(text.contains("US|Hoa Kỳ|United States"));
            assertTrue(text.contains("VN|Việt Nam|Vietnam"), "every country");
            assertTrue(text.contains("TS|Tiến sĩ|Doctor of Philosophy"));
            assertTrue(text.contains("PGS|Phó Giáo sư|Associate Professor"));
            assertTrue(text.contains("2.2|Kỹ thuật điện, kỹ thuật điện tử, kỹ thuật thông tin|"));
            assertTrue(text.contains("research-cooperation|Hợp tác nghiên cứu|Research cooperation"));
            assertTrue(text.contains("Nữ|Nữ|female"));
            assertTrue(text.contains("en|Tiếng Anh|English"));
            for (Scheme scheme : List.of(Scheme.COUNTRY, Scheme.DEGREE, Scheme.ACADEMIC_TITLE, Scheme.FORD,
                    Scheme.COLLABORATION_INTEREST)) {
                CODES.concepts(scheme).forEach(concept -> assertTrue(text.contains(concept.notation() + "|"
                        + concept.labelVi() + "|" + concept.labelEn()), concept.iri()));
            }
        }
    }
}
