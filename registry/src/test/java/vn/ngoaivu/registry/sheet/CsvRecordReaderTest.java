package vn.ngoaivu.registry.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

    private static List<List<String>> records(String text, char delimiter) throws IOException {
        CsvRecordReader reader = new CsvRecordReader(new StringReader(text), delimiter);
        List<List<String>> records = new ArrayList<>();
        for (List<String> record = reader.next(); record != null; record = reader.next()) {
            records.add(record);
            assertEquals(records.size(), reader.recordNumber());
        }
        return records;
    }

    @Test
    void rfc4180QuotingLineEndsAndEmptyLines() throws IOException {
        assertEquals(List.of(List.of("a", "b,c", "say \"hi\""), List.of(""), List.of("line\r\nbreak", ""), List.of("x")),
                records("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\r\n\"line\r\nbreak\",\nx", ','));
        assertEquals(List.of(List.of("a", "b"), List.of("c;d", "e")), records("a;b\r\"c;d\";e\r\n", ';'));
        assertEquals(List.of(), records("", ','));
        assertEquals(List.of(List.of("", "", "")), records(",,\n", ','));
    }

    @Test
    void forgivingAboutStrayQuotes() throws IOException {
        assertEquals(List.of(List.of("\"quoted\" tail", "5\" disk")), records("\"\"\"quoted\"\"\" tail,5\" disk\n", ','));
        assertEquals(List.of(List.of("ab cd")), records("\"ab\" cd\n", ','));
    }

    @Test
    void anOpenQuoteOrAHugeFieldIsMalformedAtTheRowWhereItStarts() {
        CsvRecordReader.MalformedCsvException open = assertThrows(CsvRecordReader.MalformedCsvException.class,
                () -> records("a\nb\n\"c,d\ne\n", ','));
        assertEquals(3, open.row());
        String huge = "\"" + "x".repeat(CsvRecordReader.MAX_FIELD_CHARS + 1);
        assertThrows(CsvRecordReader.MalformedCsvException.class, () -> records(huge, ','));
    }
}
