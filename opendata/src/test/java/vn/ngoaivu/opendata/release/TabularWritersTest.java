package vn.ngoaivu.opendata.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;

/** The CSV, its CSV on the Web metadata and the JSON. */
class TabularWritersTest {

    private static final SampleRelease SAMPLE = new SampleRelease();

    @Test
    void csvFollowsRfc4180() {
        String csv = new String(ReadBack.write(new CsvDistributionWriter(), SAMPLE), StandardCharsets.UTF_8);
        String escaped = "\"" + SampleRelease.TRICKY_TEXT.replace("\"", "\"\"") + ", còn nữa\"";
        assertEquals("id,title,startDate,foreignParticipants,organiser\r\n"
                + "https://example.gov.vn/id/conference-permit/2024-001,Hội thảo quốc tế về nông nghiệp,2024-05-12,42,"
                + "https://example.org/org/1\r\n"
                + "https://example.gov.vn/id/conference-permit/2024-002," + escaped + ",,007,\r\n", csv);
    }

    @Test
    void csvwMetadataDescribesTheCsvColumns() {
        JsonObject metadata = JSON.parse(new String(ReadBack.write(new CsvwMetadataWriter(SampleRelease.DATASET),
                SAMPLE), StandardCharsets.UTF_8));
        assertEquals("http://www.w3.org/ns/csvw", metadata.getString("@context"));
        assertEquals("data.csv", metadata.getString("url"));
        JsonArray titles = metadata.get("dc:title").getAsArray();
        assertEquals(SampleRelease.DATASET.titleVi(), titles.get(0).getAsObject().getString("@value"));
        assertEquals("en", titles.get(1).getAsObject().getString("@language"));
        JsonObject schema = metadata.getObj("tableSchema");
        assertEquals("{+id}", schema.getString("aboutUrl"));
        List<JsonObject> columns = schema.getArray("columns").map(JsonValue::getAsObject).toList();
        String csv = new String(ReadBack.write(new CsvDistributionWriter(), SAMPLE), StandardCharsets.UTF_8);
        List<String> header = List.of(csv.substring(0, csv.indexOf("\r\n")).split(","));
        assertEquals(header, columns.stream().map(column -> column.getString("name")).toList());
        for (int i = 0; i < columns.size(); i++) {
            Column column = SAMPLE.columns().get(i);
            JsonObject described = columns.get(i);
            assertEquals(column.titleVi(), described.getObj("titles").getString("vi"));
            assertEquals(column.titleEn(), described.getObj("titles").getString("en"));
            // The header cell must match a title for CSVW processors to accept the pair.
            assertEquals(header.get(i), described.getObj("titles").getString("und"));
            assertEquals(column.datatype(), described.getString("datatype"));
            assertEquals(column.propertyUrl(), described.getString("propertyUrl"));
        }
        assertEquals("{+organiser}", columns.get(4).getString("valueUrl"));
    }

    @Test
    void csvwMetadataHasNoAboutUrlWithoutAnIdColumn() {
        ReleaseSource noId = TestSources.of(sink -> { },
                List.of(new Column("name", "Tên", "Name", "string", "http://schema.org/name")),
                sink -> sink.accept(List.of("x")));
        JsonObject metadata = JSON.parse(new String(ReadBack.write(new CsvwMetadataWriter(SampleRelease.DATASET),
                noId), StandardCharsets.UTF_8));
        assertEquals(false, metadata.getObj("tableSchema").hasKey("aboutUrl"));
    }

    @Test
    void jsonHasOneObjectPerRowWithTypedValues() {
        JsonArray rows = JSON.parseAny(new String(ReadBack.write(new JsonDistributionWriter(), SAMPLE),
                StandardCharsets.UTF_8)).getAsArray();
        assertEquals(2, rows.size());
        JsonObject first = rows.get(0).getAsObject();
        assertEquals(42, first.getNumber("foreignParticipants").intValue());
        assertEquals("2024-05-12", first.getString("startDate"));
        JsonObject second = rows.get(1).getAsObject();
        assertEquals(SampleRelease.TRICKY_TEXT + ", còn nữa", second.getString("title"));
        assertEquals(true, second.get("startDate").isNull());
        assertEquals(true, second.get("organiser").isNull());
        // "007" is not a JSON number: kept as text rather than altered.
        assertEquals("007", second.getString("foreignParticipants"));
    }

    @Test
    void rowsAndTheirCountsAreChecked() throws Exception {
        assertEquals(2, new CsvDistributionWriter().write(SAMPLE, OutputStream.nullOutputStream()).count());
        assertEquals(2, new JsonDistributionWriter().write(SAMPLE, OutputStream.nullOutputStream()).count());
        ReleaseSource ragged = TestSources.of(sink -> { }, SAMPLE.columns(),
                sink -> sink.accept(List.of("only one")));
        assertThrows(IllegalArgumentException.class,
                () -> new CsvDistributionWriter().write(ragged, OutputStream.nullOutputStream()));
    }
}
