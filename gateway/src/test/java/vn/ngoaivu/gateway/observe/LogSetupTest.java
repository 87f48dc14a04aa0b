package vn.ngoaivu.gateway.observe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogSetupTest {

    @Test
    void jsonLinesCarryAccessLogFieldsAndEscapeText() throws Exception {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("method", "GET");
        fields.put("status", 404);
        LogRecord record = new LogRecord(Level.INFO, "GET /x \"quoted\"\nnext");
        record.setLoggerName(AccessLog.LOGGER);
        record.setParameters(new Object[] {fields});
        String line = new LogSetup.JsonFormatter().format(record);
        assertTrue(line.endsWith(System.lineSeparator()));
        assertEquals(1, line.strip().lines().count(), "one line per record");
        JsonNode json = new ObjectMapper().readTree(line);
        assertEquals("INFO", json.path("level").asText());
        assertEquals(AccessLog.LOGGER, json.path("logger").asText());
        assertEquals("GET /x \"quoted\"\nnext", json.path("message").asText());
        assertEquals(404, json.path("status").asInt());
        assertTrue(json.path("status").isNumber());
    }

    @Test
    void jsonLinesCarryExceptions() throws Exception {
        LogRecord record = new LogRecord(Level.SEVERE, "failed {0}");
        record.setParameters(new Object[] {"x"});
        record.setThrown(new IllegalStateException("boom"));
        JsonNode json = new ObjectMapper().readTree(new LogSetup.JsonFormatter().format(record));
        assertEquals("failed x", json.path("message").asText());
        assertTrue(json.path("exception").asText().contains("IllegalStateException: boom"));
    }

    @Test
    void textLinesCannotBeForgedThroughControlCharacters() {
        LogRecord record = new LogRecord(Level.INFO, "GET /x\n2026-01-01T00:00:00Z INFO  ngoaivu.access GET /admin 200");
        record.setLoggerName(AccessLog.LOGGER);
        String line = new LogSetup.TextFormatter().format(record);
        assertEquals(1, line.strip().lines().count(), line);
        assertTrue(line.contains("\\u000a"), line);
    }
}
