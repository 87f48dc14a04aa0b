package vn.ngoaivu.gateway.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.ngoaivu.gateway.TestIdentities.Identity;
import vn.ngoaivu.gateway.TestPlatform;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import vn.ngoaivu.registry.sheet.SheetFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Officers' spreadsheets through the gateway: template, dry run, import, idempotent re-import, export. */
@ExtendWith(TestPlatform.Extension.class)
class ExpertSheetsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static HttpResponse<String> importCsv(TestPlatform platform, String csv, boolean dryRun) {
        return platform.send(platform.request("/api/v1/experts/import?dry-run=" + dryRun)
                .header("Authorization", "Bearer " + platform.identities().token(Identity.OFFICER_UNIT_A))
                .header("Content-Type", "text/csv; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build());
    }

    @Test
    void dryRunThenImportThenReimportChangesNothing(TestPlatform platform) throws Exception {
        String key = "SHEET-" + UUID.randomUUID().toString().substring(0, 8);
        String csv = "Mã hồ sơ,Họ và tên,Quốc gia cư trú,Học vị,Lĩnh vực chuyên môn,Email,Ghi chú\r\n"
                + key + "-1,Trần Văn Đức,Hoa Kỳ,Tiến sĩ,2.2; 1.2,duc.tran@example.edu,=HYPERLINK(\"http://x\")\r\n"
                + key + "-2,Lê Thị Mai,DE,TS,3.1,,\r\n"
                + key + "-3,,XX,,,not-an-email,\r\n";
        JsonNode dry = JSON.readTree(importCsv(platform, csv, true).body());
        assertTrue(dry.path("dryRun").asBoolean());
        assertEquals(2, dry.path("summary").path("created").asInt(), dry.toString());
        assertEquals(1, dry.path("summary").path("rejected").asInt());
        assertEquals(4, dry.path("rows").get(2).path("row").asInt(), "row numbers as the officer sees them");
        assertTrue(!JSON.readTree(platform.get("/api/v1/experts?q=tran%20van%20duc&limit=200", Identity.LEADER).body())
                .toString().contains(key), "a dry run writes nothing");

        JsonNode real = JSON.readTree(importCsv(platform, csv, false).body());
        assertEquals(2, real.path("summary").path("created").asInt(), real.toString());
        JsonNode again = JSON.readTree(importCsv(platform, csv, false).body());
        assertEquals(0, again.path("summary").path("created").asInt(), again.toString());
        assertEquals(0, again.path("summary").path("updated").asInt(), again.toString());
        assertEquals(2, again.path("summary").path("unchanged").asInt(), "re-importing the same file changes nothing");

        HttpResponse<String> export = platform.get("/api/v1/experts/export?format=csv", Identity.LEADER);
        assertEquals(200, export.statusCode());
        assertTrue(export.body().contains("Trần Văn Đức"));
        assertTrue(export.body().contains("'=HYPERLINK"), "formula cells are escaped");
        HttpResponse<byte[]> xlsx = platform.sendBytes(platform.request("/api/v1/experts/export?format=xlsx")
                .header("Authorization", "Bearer " + platform.identities().token(Identity.LEADER)).GET().build());
        assertEquals(200, xlsx.statusCode());
        assertEquals(SheetFormat.XLSX.mediaType(), xlsx.headers().firstValue("Content-Type").orElse(""));
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            String cells = workbook.getFirstSheet().openStream()
                    .map(row -> row.stream().map(cell -> cell == null ? "" : cell.getRawValue()).toList().toString())
                    .reduce("", String::concat);
            assertTrue(cells.contains("Trần Văn Đức"), "the XLSX export holds the imported expert");
            assertTrue(cells.contains("'=HYPERLINK"), "formula cells are escaped in XLSX too");
        }
    }

    @Test
    void templateDownloadsInBothFormats(TestPlatform platform) {
        HttpResponse<String> csv = platform.get("/api/v1/experts/import-template?format=csv", Identity.OFFICER_UNIT_A);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().contains("Họ và tên"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains(".csv"));
        assertEquals(200, platform.get("/api/v1/experts/import-template?format=xlsx", Identity.OFFICER_UNIT_A).statusCode());
        assertEquals(400, platform.get("/api/v1/experts/import-template?format=pdf", Identity.OFFICER_UNIT_A).statusCode());
    }
}
