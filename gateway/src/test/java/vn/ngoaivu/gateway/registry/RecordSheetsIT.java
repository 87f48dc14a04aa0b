package vn.ngoaivu.gateway.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.ngoaivu.gateway.TestIdentities.Identity;
import vn.ngoaivu.gateway.TestPlatform;
import vn.ngoaivu.registry.sheet.SheetFormat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Record spreadsheets through the gateway: template, dry run, import, idempotent re-import, update, XLSX. */
@ExtendWith(TestPlatform.Extension.class)
class RecordSheetsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IMPORT = "/api/v1/records/import?kind=conference-permit";
    private static final String HEADER = "Mã dòng,Tiêu đề,Quốc gia,Ngày bắt đầu,Ngày kết thúc,Đơn vị tổ chức,Địa điểm,"
            + "Số đại biểu nước ngoài,Trạng thái,Mã cơ quan ban hành,Số ký hiệu văn bản,Ngày ban hành,Vai trò văn bản\r\n";

    private static HttpResponse<String> upload(TestPlatform platform, Identity who, String query, SheetFormat format,
                                               byte[] body) {
        return platform.send(platform.request(IMPORT + query)
                .header("Authorization", "Bearer " + platform.identities().token(who))
                .header("Content-Type", format.mediaType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private static JsonNode importCsv(TestPlatform platform, String csv, boolean dryRun) throws IOException {
        HttpResponse<String> response = upload(platform, Identity.OFFICER_UNIT_A, "&dry-run=" + dryRun, SheetFormat.CSV,
                csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static List<Integer> summary(JsonNode report) {
        JsonNode s = report.path("summary");
        return List.of(s.path("created").asInt(), s.path("updated").asInt(), s.path("unchanged").asInt(),
                s.path("rejected").asInt());
    }

    private static JsonNode record(TestPlatform platform, JsonNode report, int row) throws IOException {
        String id = report.path("rows").get(row).path("id").asText();
        HttpResponse<String> read = platform.get("/api/v1/records/" + id, Identity.LEADER);
        assertEquals(200, read.statusCode(), read.body());
        return JSON.readTree(read.body());
    }

    @Test
    void dryRunImportReimportAndUpdate(TestPlatform platform) throws Exception {
        String key = "RS-" + UUID.randomUUID().toString().substring(0, 8);
        int number = RecordsIT.freshNumber();
        String first = key + "-1,Hội thảo nông nghiệp thông minh,JP; Hàn Quốc,01/03/2025,2025-03-02,Sở Nông nghiệp,"
                + "Hà Tĩnh,35,,000.00.32.H40," + number + "/QĐ-SNgV,15/02/2025,permit\r\n";
        String second = key + "-2,Hội thảo y tế,US,2025-04-10,,Bệnh viện tỉnh,Hội trường A,12,approved,,,,\r\n";
        String bad = key + "-3,Hội thảo lỗi,FR,32/13/2025,,Sở,Huế,5,,,,,\r\n";
        String csv = HEADER + first + second + bad;

        JsonNode dry = importCsv(platform, csv, true);
        assertTrue(dry.path("dryRun").asBoolean());
        assertEquals(List.of(2, 0, 0, 1), summary(dry), dry.toString());
        JsonNode rejected = dry.path("rows").get(2);
        assertEquals(4, rejected.path("row").asInt(), "row numbers as the officer sees them");
        assertEquals("rejected", rejected.path("action").asText());
        assertEquals("Ngày bắt đầu", rejected.path("problems").get(0).path("column").asText(), rejected.toString());
        assertFalse(platform.get("/api/v1/records?kind=conference-permit&limit=200", Identity.LEADER).body().contains(key),
                "a dry run writes nothing");

        JsonNode real = importCsv(platform, csv, false);
        assertEquals(List.of(2, 0, 0, 1), summary(real), real.toString());
        JsonNode created = record(platform, real, 0);
        assertEquals(List.of("JP", "KR"), List.of(created.path("countries").get(0).asText(), created.path("countries").get(1).asText()));
        assertEquals("draft", created.path("status").asText());
        assertEquals("permit", created.path("documents").get(0).path("role").asText());
        assertEquals("approved", record(platform, real, 1).path("status").asText(), "records kept before enter at their status");

        assertEquals(List.of(0, 0, 2, 1), summary(importCsv(platform, csv, false)), "importing again changes nothing");

        JsonNode changed = importCsv(platform, HEADER + first + second.replace("Hội trường A", "Hội trường B"), false);
        assertEquals(List.of(0, 1, 1, 0), summary(changed), changed.toString());
        JsonNode updated = record(platform, changed, 1);
        assertEquals("Hội trường B", updated.path("details").path("venue").asText());
        assertEquals("approved", updated.path("status").asText(), "an update keeps the status");
        assertEquals(1, record(platform, changed, 0).path("documents").size(), "the cited document is kept");
    }

    @Test
    void onlyOfficersAndAdministratorsImport(TestPlatform platform) {
        byte[] csv = (HEADER + "RS-X,Hội thảo,JP,2025-03-01,,Sở,Huế,3,,,,,\r\n").getBytes(StandardCharsets.UTF_8);
        for (Identity who : List.of(Identity.LEADER, Identity.PARTNER_WITH_SCOPE)) {
            HttpResponse<String> refused = upload(platform, who, "", SheetFormat.CSV, csv);
            assertEquals(403, refused.statusCode(), who + ": " + refused.body());
            assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
        }
        HttpResponse<String> noKind = platform.send(platform.request("/api/v1/records/import")
                .header("Authorization", "Bearer " + platform.identities().token(Identity.OFFICER_UNIT_A))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build());
        assertEquals(400, noKind.statusCode(), noKind.body());
    }

    @Test
    void anXlsxWorkbookWithRealDatesImports(TestPlatform platform) throws Exception {
        String key = "RS-" + UUID.randomUUID().toString().substring(0, 8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Hồ sơ");
        String[] header = HEADER.strip().split(",");
        for (int c = 0; c < header.length; c++) {
            sheet.value(0, c, header[c]);
        }
        sheet.value(1, 0, key);
        sheet.value(1, 1, "Hội thảo từ Excel");
        sheet.value(1, 2, "Pháp");
        sheet.value(1, 3, LocalDate.of(2025, 6, 5));
        sheet.style(1, 3).format("dd/mm/yyyy").set();
        sheet.value(1, 5, "Sở Ngoại vụ");
        sheet.value(1, 6, "Hà Tĩnh");
        sheet.value(1, 7, 20);
        workbook.finish();
        HttpResponse<String> response = upload(platform, Identity.OFFICER_UNIT_A, "&dry-run=false", SheetFormat.XLSX,
                out.toByteArray());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode report = JSON.readTree(response.body());
        assertEquals(List.of(1, 0, 0, 0), summary(report), report.toString());
        JsonNode created = record(platform, report, 0);
        assertEquals("2025-06-05", created.path("startDate").asText());
        assertEquals("FR", created.path("countries").get(0).asText());
    }

    @Test
    void templatesDownloadPerKind(TestPlatform platform) {
        HttpResponse<String> csv = platform.get("/api/v1/records/import-template?kind=foreign-ngo&format=csv",
                Identity.OFFICER_UNIT_A);
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.body().contains("Mã dòng") && csv.body().contains("Số giấy đăng ký"), csv.body());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("foreign-ngo.csv"));
        assertEquals(200, platform.sendBytes(platform.request("/api/v1/records/import-template?kind=foreign-ngo")
                .header("Authorization", "Bearer " + platform.identities().token(Identity.LEADER)).GET().build()).statusCode());
        assertEquals(400, platform.get("/api/v1/records/import-template?kind=picnic", Identity.OFFICER_UNIT_A).statusCode());
    }
}
