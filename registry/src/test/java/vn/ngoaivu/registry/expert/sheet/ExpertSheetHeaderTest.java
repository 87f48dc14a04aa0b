package vn.ngoaivu.registry.expert.sheet;

import vn.ngoaivu.registry.sheet.SheetFormat;
import vn.ngoaivu.registry.sheet.RowProblem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ngoaivu.registry.expert.sheet.SheetTestSupport.read;
import static vn.ngoaivu.registry.expert.sheet.SheetTestSupport.readCsv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.ngoaivu.registry.expert.ExpertProfile;

class ExpertSheetHeaderTest {

    private static ExpertProfile only(SheetTestSupport.Read read) {
        assertTrue(read.summary().accepted(), read.summary().toString());
        assertEquals(1, read.rows().size(), read.rows().toString());
        ParsedRow row = read.rows().get(0);
        assertTrue(row.isValid(), row.toString());
        return row.profile().orElseThrow();
    }

    @Test
    void nfdHeadersAndValuesMatchAndAreStoredNfc() {
        String csv = Normalizer.normalize("Họ và tên,Quốc gia cư trú,Quê quán\r\nĐặng Thị Hồng,Hoa Kỳ,Thọ Xuân\r\n",
                Normalizer.Form.NFD);
        ExpertProfile profile = only(readCsv(csv));
        assertEquals("Đặng Thị Hồng", profile.fullName());
        assertTrue(Normalizer.isNormalized(profile.fullName(), Normalizer.Form.NFC));
        assertEquals("US", profile.countryCode());
        assertEquals(Optional.of("Thọ Xuân"), profile.hometown());
    }

    @Test
    void headersWithoutDiacriticsInAnyCaseWithExtraSpacesAndMarksMatch() {
        ExpertProfile profile = only(readCsv("  HO VA TEN (*) ,quoc gia   cu tru*, Hoc  vi ,TU KHOA\n"
                + "Lê Văn Bình,JP,Tiến sĩ,vật liệu; nano\n"));
        assertEquals("Lê Văn Bình", profile.fullName());
        assertEquals("JP", profile.countryCode());
        assertEquals(Optional.of("TS"), profile.highestDegree());
        assertEquals(List.of("vật liệu", "nano"), profile.keywords());
    }

    @Test
    void englishKeysMatchInAnyOrder() {
        ExpertProfile profile = only(readCsv("countryCode,email,fullName,externalKey,birthYear\n"
                + "de,binh@example.org,Lê Văn Bình,K-1,1970\n"));
        assertEquals("DE", profile.countryCode());
        assertEquals(Optional.of("binh@example.org"), profile.email());
        assertEquals(Optional.of("K-1"), profile.externalKey());
        assertEquals(Optional.of(1970), profile.birthYear());
    }

    @Test
    void semicolonSeparatorWithByteOrderMarkAndCrlfIsDetected() {
        String csv = "\uFEFFHọ và tên;Quốc gia cư trú;Lĩnh vực chuyên môn\r\n"
                + "\"Phạm, Văn Cường\";Nhật Bản;\"2.2; 1.2\"\r\n";
        ExpertProfile profile = only(readCsv(csv));
        assertEquals("Phạm, Văn Cường", profile.fullName());
        assertEquals("JP", profile.countryCode());
        assertEquals(List.of("2.2", "1.2"), profile.fields());
    }

    @Test
    void commaSeparatorWithoutByteOrderMark() {
        ExpertProfile profile = only(readCsv("Họ và tên,Quốc gia cư trú\nA Lý,United States\n"));
        assertEquals("US", profile.countryCode());
    }

    @Test
    void unknownAndDuplicateColumnsAreWarnedOnceAndNumberingColumnsIgnored() {
        SheetTestSupport.Read read = readCsv("STT,Họ và tên,Quốc gia cư trú,Sở thích,Ho va ten\n"
                + "1,Lê Văn Bình,FR,cờ vua,Khác\n"
                + "2,Trần Văn An,FR,bóng đá,Khác\n");
        assertTrue(read.summary().accepted());
        List<RowProblem> problems = read.summary().fileProblems();
        assertEquals(List.of(RowProblem.UNKNOWN_COLUMN, RowProblem.DUPLICATE_COLUMN),
                problems.stream().map(RowProblem::code).toList());
        assertEquals("Sở thích", problems.get(0).column());
        assertTrue(problems.get(0).messageVi().contains("Cột D"), problems.get(0).messageVi());
        assertTrue(problems.get(1).messageEn().contains("Column E"), problems.get(1).messageEn());
        assertFalse(problems.get(0).isError());
        assertEquals(List.of("Lê Văn Bình", "Trần Văn An"), read.profiles().stream().map(ExpertProfile::fullName).toList());
    }

    @Test
    void aMissingRequiredColumnRejectsTheWholeFile() {
        SheetTestSupport.Read read = readCsv("Họ và tên,Thành phố\nLê Văn Bình,Paris\n");
        assertFalse(read.summary().accepted());
        assertEquals(List.of(), read.rows(), "no row is read");
        RowProblem problem = read.summary().fileProblems().get(0);
        assertEquals(RowProblem.MISSING_COLUMN, problem.code());
        assertEquals("Quốc gia cư trú", problem.column());
        assertTrue(problem.messageVi().contains("Thiếu cột bắt buộc «Quốc gia cư trú»"), problem.messageVi());
        assertTrue(problem.isError());
    }

    @Test
    void aTitleAboveTheHeaderIsSkippedAndRowNumbersStayThoseOfTheSheet() {
        SheetTestSupport.Read read = readCsv("DANH SÁCH CHUYÊN GIA, TRÍ THỨC,\n"
                + ",\n"
                + "Họ và tên,Quốc gia cư trú\n"
                + "Lê Văn Bình,FR\n"
                + ",\n"
                + "\n"
                + "Trần Văn An,DE\n");
        assertTrue(read.summary().accepted(), read.summary().toString());
        assertEquals(3, read.summary().headerRow());
        assertEquals(List.of(RowProblem.ROWS_BEFORE_HEADER),
                read.summary().fileProblems().stream().map(RowProblem::code).toList());
        assertEquals(List.of(4L, 7L), read.rows().stream().map(ParsedRow::rowNumber).toList());
    }

    @Test
    void valuesUnderAColumnWithoutHeaderAreReportedOncePerColumn() {
        SheetTestSupport.Read read = readCsv("Họ và tên,Quốc gia cư trú,\nLê Văn Bình,FR,x\nTrần Văn An,DE,y,z\n");
        assertEquals(2, read.summary().validRows());
        assertEquals(List.of("Column C has values (from cell C2) but no header; its cells are ignored.",
                        "Column D has values (from cell D3) but no header; its cells are ignored."),
                read.summary().fileProblems().stream().map(RowProblem::messageEn).toList());
    }

    @Test
    void aRealisticOfficersFile() throws IOException {
        // Saved by Excel in a Vietnamese locale: BOM, ';', CRLF, NFD text, a title row, an STT column,
        // labels instead of codes, a blank row, a quoted multi-line note.
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/sheet/danh-sach-chuyen-gia.csv")) {
            bytes = in.readAllBytes();
        }
        SheetTestSupport.Read read = read(bytes, SheetFormat.CSV);
        assertTrue(read.summary().accepted(), read.summary().toString());
        assertEquals(2, read.summary().headerRow());
        assertEquals(List.of(3L, 5L, 6L), read.rows().stream().map(ParsedRow::rowNumber).toList());
        ExpertProfile first = read.row(3).profile().orElseThrow();
        assertEquals("Nguyễn Hữu Đức", first.fullName());
        assertEquals(Optional.of("male"), first.gender());
        assertEquals("US", first.countryCode());
        assertEquals(Optional.of("GS"), first.academicTitle());
        assertEquals(Optional.of("TS"), first.highestDegree());
        assertEquals(List.of("1.2", "2.2"), first.fields());
        assertEquals(List.of("en", "fr"), first.languages());
        assertEquals(List.of("research-cooperation", "teaching-lecturing"), first.collaborationInterests());
        assertEquals(Optional.of("Gặp tại hội nghị 2024;\nhẹn liên hệ lại."), first.notes());
        ExpertProfile second = read.row(5).profile().orElseThrow();
        assertEquals("JP", second.countryCode());
        assertEquals(Optional.of("female"), second.gender());
        assertEquals(Optional.of("THS"), second.highestDegree());
        ParsedRow third = read.row(6);
        assertFalse(third.isValid());
        assertEquals(List.of(RowProblem.UNKNOWN_CODE), third.problems().stream().map(RowProblem::code).toList());
        assertEquals("Quốc gia cư trú", third.problems().get(0).column());
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF") && text.contains(";") && text.contains("\r\n"));
    }
}
