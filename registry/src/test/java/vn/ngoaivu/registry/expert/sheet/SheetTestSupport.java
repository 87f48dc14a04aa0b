package vn.ngoaivu.registry.expert.sheet;

import vn.ngoaivu.registry.sheet.SheetFormat;
import vn.ngoaivu.registry.sheet.ReadSummary;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.ngoaivu.ontology.CodeLists;
import vn.ngoaivu.ontology.Ontology;
import vn.ngoaivu.registry.expert.ExpertProfile;

/** The ontology loaded once for the sheet tests, sample profiles and small helpers. */
final class SheetTestSupport {

    static final CodeLists CODES = Ontology.load("http://localhost:8080/").schemes();
    static final ExpertSheetReader READER = new ExpertSheetReader(CODES);
    static final ExpertSheetWriter WRITER = new ExpertSheetWriter();

    private SheetTestSupport() {
    }

    /** What reading gave: the summary and every row. */
    record Read(ReadSummary summary, List<ParsedRow> rows) {

        List<ExpertProfile> profiles() {
            return rows.stream().flatMap(row -> row.profile().stream()).toList();
        }

        ParsedRow row(long number) {
            return rows.stream().filter(r -> r.rowNumber() == number).findFirst()
                    .orElseThrow(() -> new AssertionError("no row " + number + " in " + rows));
        }
    }

    static Read read(byte[] bytes, SheetFormat format) {
        List<ParsedRow> rows = new ArrayList<>();
        try {
            ReadSummary summary = READER.read(new ByteArrayInputStream(bytes), format, rows::add);
            return new Read(summary, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Read readCsv(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8), SheetFormat.CSV);
    }

    static byte[] write(SheetFormat format, List<ExpertSheetRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            WRITER.write(out, format, rows.iterator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static ExpertProfile profile(String externalKey, String fullName, String country) {
        return new ExpertProfile(Optional.of(externalKey), fullName, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), country, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), List.of(),
                Optional.empty(), Map.of());
    }

    /** A full profile, every sheet column filled, with Vietnamese text, lists and a multi-line note. */
    static ExpertProfile fullProfile(int i) {
        return new ExpertProfile(
                Optional.of("TH-" + String.format("%06d", i)),
                "Nguyễn Thị Ánh Tuyết " + i,
                Optional.of("Anh Tuyet Nguyen"),
                Optional.of(i % 3 == 0 ? "female" : i % 3 == 1 ? "male" : "other"),
                Optional.of(1950 + i % 50),
                Optional.of("Xã Đông Thọ, huyện Đông Sơn"),
                i % 2 == 0 ? "JP" : "US",
                Optional.of(i % 2 == 0 ? "Tōkyō" : "San José"),
                Optional.of("Đại học Kỹ thuật München"),
                Optional.of("Trưởng phòng thí nghiệm"),
                Optional.of(i % 2 == 0 ? "GS" : "PGS"),
                Optional.of("TS"),
                List.of("2.2", "1.2"),
                List.of("năng lượng tái tạo", "lưới điện thông minh, vi mạch", "AI"),
                List.of("vi", "en", "ja"),
                Optional.of("0000-0002-1825-0097"),
                Optional.of("tuyet.nguyen" + i + "@example.org"),
                Optional.of("+81 3 1234 5678"),
                Optional.of("https://example.org/~tuyet"),
                List.of("research-cooperation", "technology-transfer"),
                List.of(), List.of(), List.of(),
                Optional.of("Đã gặp tại Hội nghị Việt kiều 2024.\nHẹn trao đổi thêm về dự án; \"ưu tiên\" năm 2026."),
                Map.of());
    }

    /** Rows made on demand, so that a million of them take no memory. */
    static Iterator<ExpertSheetRow> generated(int count) {
        return new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < count;
            }

            @Override
            public ExpertSheetRow next() {
                i++;
                return ExpertSheetRow.of("id-" + i, fullProfile(i));
            }
        };
    }
}
