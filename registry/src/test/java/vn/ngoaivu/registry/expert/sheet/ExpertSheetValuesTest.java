package vn.ngoaivu.registry.expert.sheet;

import vn.ngoaivu.registry.sheet.SheetFormat;
import vn.ngoaivu.registry.sheet.RowProblem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ngoaivu.registry.expert.sheet.SheetTestSupport.CODES;
import static vn.ngoaivu.registry.expert.sheet.SheetTestSupport.readCsv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.ngoaivu.registry.expert.ExpertProfile;

/** Values: labels to codes, and the row problems with their row numbers and messages. */
class ExpertSheetValuesTest {

    private static final String HEADER = "Họ và tên,Quốc gia cư trú,Giới tính,Năm sinh,Học hàm,Học vị,"
            + "Lĩnh vực chuyên môn,Ngoại ngữ,Lĩnh vực sẵn sàng hợp tác,ORCID,Email,Điện thoại,Trang web\n";

    private static ExpertProfile valid(String row) {
        SheetTestSupport.Read read = readCsv(HEADER + row + "\n");
        assertEquals(1, read.rows().size());
        assertEquals(List.of(), read.rows().get(0).problems());
        return read.rows().get(0).profile().orElseThrow();
    }

    private static ParsedRow invalid(String row) {
        SheetTestSupport.Read read = readCsv(HEADER + row + "\n");
        assertEquals(1, read.rows().size());
        ParsedRow parsed = read.rows().get(0);
        assertFalse(parsed.isValid(), parsed.toString());
        assertEquals(Optional.empty(), parsed.profile());
        return parsed;
    }

    @Test
    void vietnameseAndEnglishLabelsResolveToCodes() {
        ExpertProfile p = valid("Võ Thị Sáu,Hoa Kỳ,Nữ,1975,Giáo sư,Tiến sĩ,"
                + "\"Khoa học máy tính và thông tin; Electrical engineering, electronic engineering, information engineering\","
                + "\"Tiếng Anh; tiếng Nhật; French; de; Anh\",\"Hợp tác nghiên cứu; policy-advice; Đầu tư, kinh doanh\",,,,");
        assertEquals("US", p.countryCode());
        assertEquals(Optional.of("female"), p.gender());
        assertEquals(Optional.of(1975), p.birthYear());
        assertEquals(Optional.of("GS"), p.academicTitle());
        assertEquals(Optional.of("TS"), p.highestDegree());
        assertEquals(List.of("1.2", "2.2"), p.fields());
        assertEquals(List.of("en", "ja", "fr", "de"), p.languages(), "'Anh' is English again: listed once");
        assertEquals(List.of("research-cooperation", "policy-advice", "investment-business"), p.collaborationInterests());
    }

    @Test
    void codesInAnyCaseAndLabelsWithoutDiacriticsResolve() {
        ExpertProfile p = valid("Võ Thị Sáu,united states,male,1975,pgs,ths,2.2,EN,RESEARCH-COOPERATION,,,,");
        assertEquals("US", p.countryCode());
        assertEquals(Optional.of("PGS"), p.academicTitle());
        assertEquals(Optional.of("THS"), p.highestDegree());
        assertEquals(List.of("en"), p.languages());
        assertEquals(List.of("research-cooperation"), p.collaborationInterests());
        assertEquals("JP", valid("A B,nhat ban,,,,PhD,,,,,,,").countryCode());
        assertEquals("JP", valid("A B,jp,,,,,,,,,,,").countryCode());
        assertEquals(Optional.of("TS"), valid("A B,JP,,,,PhD,,,,,,,").highestDegree());
    }

    @Test
    void orcidAddressesAndMailtoAreNormalised() {
        ExpertProfile p = valid("A B,FR,,,,,,,,https://orcid.org/0000-0002-1825-0097,mailto:ab@example.org,"
                + "+33 1 23 45 67 89,https://example.org");
        assertEquals(Optional.of("0000-0002-1825-0097"), p.orcid());
        assertEquals(Optional.of("ab@example.org"), p.email());
        assertEquals(Optional.of("+33 1 23 45 67 89"), p.phone());
    }

    @Test
    void eachBadValueIsAProblemOfItsColumnNamingTheValue() {
        ParsedRow row = invalid("Võ Thị Sáu,Atlantis,X,19x5,Viện sĩ,Tú tài,\"2.2; 9.9\",\"Tiếng Klingon\","
                + "thiện nguyện,0000-0002-1825-0098,ab@@example,,");
        assertEquals(List.of(
                        "Quốc gia cư trú unknown-code",
                        "Giới tính unknown-code",
                        "Năm sinh not-a-number",
                        "Học hàm unknown-code",
                        "Học vị unknown-code",
                        "Lĩnh vực chuyên môn unknown-code",
                        "Ngoại ngữ unknown-code",
                        "Lĩnh vực sẵn sàng hợp tác unknown-code",
                        "ORCID invalid-orcid",
                        "Email invalid-email"),
                row.problems().stream().map(p -> p.column() + " " + p.code()).toList());
        assertTrue(row.problems().stream().allMatch(RowProblem::isError));
        RowProblem country = row.problems().get(0);
        assertEquals("Cột «Quốc gia cư trú»: không nhận ra “Atlantis” là mã hay tên quốc gia nào. "
                + "Ghi mã hai chữ cái (US, JP) hoặc tên nước (Hoa Kỳ, Nhật Bản).", country.messageVi());
        assertEquals("Column “Quốc gia cư trú”: “Atlantis” is neither a code nor a name of a country. "
                + "Write the two-letter code (US, JP) or the name (Hoa Kỳ, United States).", country.messageEn());
        assertTrue(row.problems().get(5).messageVi().contains("“9.9”"), row.problems().get(5).messageVi());
        assertTrue(row.problems().get(8).messageEn().contains("“0000-0002-1825-0098”"));
        assertTrue(row.problems().get(9).messageVi().contains("“ab@@example”"));
    }

    @Test
    void yearsOutside1900ToThisYearAreProblems() {
        Clock in2026 = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
        ExpertSheetReader reader = new ExpertSheetReader(CODES, in2026);
        String csv = "Họ và tên,Quốc gia cư trú,Năm sinh\nAn,FR,1899\nBá,FR,1900\nCư,FR,2026\nDũng,FR,2027\nEm,FR,1975.0\n";
        List<ParsedRow> rows = new ArrayList<>();
        try {
            reader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), SheetFormat.CSV, rows::add);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertEquals(List.of(false, true, true, false, true), rows.stream().map(ParsedRow::isValid).toList());
        assertEquals("Cột «Năm sinh»: năm 2027 phải trong khoảng 1900–2026.", rows.get(3).problems().get(0).messageVi());
        assertEquals(RowProblem.OUT_OF_RANGE, rows.get(0).problems().get(0).code());
    }

    @Test
    void problemsCarryTheRowNumbersTheOfficerSees() {
        SheetTestSupport.Read read = readCsv("Họ và tên,Quốc gia cư trú\r\n"
                + "Lê Văn Bình,FR\r\n"
                + "\r\n"
                + ",FR\r\n"
                + "\"Trần\r\nVăn An\",XX\r\n"
                + ",,\r\n"
                + "Đỗ Thị Mai,\r\n");
        assertEquals(List.of(2L, 4L, 5L, 7L), read.rows().stream().map(ParsedRow::rowNumber).toList());
        assertTrue(read.row(2).isValid());
        assertEquals(List.of("Họ và tên required"), codes(read.row(4)));
        assertEquals("Cột «Họ và tên» bắt buộc nhưng đang để trống.", read.row(4).problems().get(0).messageVi());
        assertEquals(List.of("Quốc gia cư trú unknown-code"), codes(read.row(5)));
        assertEquals(List.of("Quốc gia cư trú required"), codes(read.row(7)));
        assertEquals(4, read.summary().rows());
        assertEquals(1, read.summary().validRows());
        assertEquals(3, read.summary().invalidRows());
        assertTrue(read.summary().accepted(), "row errors do not reject the file");
    }

    @Test
    void theRegistrysOwnRulesApplyToo() {
        ParsedRow row = invalid("A,FR,,,,,,,,,,số máy bàn,www.example.org");
        assertEquals(List.of("Họ và tên length", "Điện thoại format", "Trang web format"), codes(row));
        assertEquals("Cột «Điện thoại»: Số điện thoại không hợp lệ.", row.problems().get(1).messageVi());
    }

    @Test
    void aCellStartingWithAnApostropheBeforeAFormulaCharacterLosesIt() {
        ExpertProfile p = valid("'=Lê Văn Bình,FR,,,,,,,,,,'+84 912 345 678,");
        assertEquals("=Lê Văn Bình", p.fullName());
        assertEquals(Optional.of("+84 912 345 678"), p.phone());
        assertEquals("'Bình", valid("'Bình,FR,,,,,,,,,,,").fullName(), "no formula character: kept");
    }

    private static List<String> codes(ParsedRow row) {
        return row.problems().stream().map(p -> p.column() + " " + p.code()).toList();
    }
}
