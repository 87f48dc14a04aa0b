package vn.ngoaivu.gateway.config;

import org.junit.jupiter.api.Test;
import vn.ngoaivu.gateway.TestPlatform;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlatformSettingsTest {

    private static PlatformSettings read(Map<String, String> overrides) {
        return PlatformSettings.from(TestPlatform.config(overrides));
    }

    private static void assertRejected(String key, String value, String expectedHint) {
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> read(Map.of(key, value)));
        assertEquals(key, e.key());
        assertTrue(e.getMessage().startsWith(key + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expectedHint), e.getMessage());
    }

    @Test
    void embeddedDefaults() {
        PlatformSettings settings = read(Map.of());
        assertTrue(settings.database().embedded());
        assertEquals("http://localhost:8080/", settings.baseUri().toString());
        assertEquals(10, settings.database().poolSize());
        assertEquals(Duration.ofSeconds(5), settings.database().connectTimeout());
        assertTrue(settings.swaggerUiEnabled());
        assertFalse(settings.jsonLogs());
    }

    @Test
    void externalDatabaseAndProductionByConfigurationAlone() {
        PlatformSettings settings = read(Map.of(
                "platform.database.url", "jdbc:postgresql://db.internal:5432/ngoaivu",
                "platform.database.user", "ngoaivu",
                "platform.production", "true",
                "platform.department.email", "songoaivu@thanhhoa.gov.vn",
                "platform.logging.format", "json"));
        assertFalse(settings.database().embedded());
        assertEquals("songoaivu@thanhhoa.gov.vn", settings.department().email());
        InvalidSettingException example = assertThrows(InvalidSettingException.class,
                () -> read(Map.of("platform.production", "true")));
        assertEquals("platform.department.email", example.key(), "the example contact address is refused in production");
        assertEquals("ngoaivu", settings.database().user());
        assertFalse(settings.swaggerUiEnabled());
        assertTrue(settings.jsonLogs());
    }

    @Test
    void invalidValuesNameTheirKey() {
        assertRejected("platform.database.pool-size", "abc", "whole number from 1 to 200");
        assertRejected("platform.database.pool-size", "0", "got '0'");
        assertRejected("server.port", "70000", "0 to 65535");
        assertRejected("server.max-payload-size", "-1", "number of bytes");
        assertRejected("platform.base-uri", "ftp://x/", "absolute http(s) URI");
        assertRejected("platform.base-uri", "https://ngoaivu.example.gov.vn", "ending with '/'");
        assertRejected("platform.production", "yes", "true or false");
        assertRejected("platform.logging.format", "xml", "one of");
        assertRejected("platform.database.url", "mysql://x", "PostgreSQL JDBC URL");
        assertRejected("platform.database.connect-timeout", "5 seconds", "ISO-8601 duration");
        assertRejected("platform.database.connect-timeout", "PT0.1S", "at least");
        InvalidSettingException skew = assertThrows(InvalidSettingException.class, () -> read(Map.of(
                "platform.security.issuer", "https://id.example.gov.vn/realms/ngoaivu", "platform.security.clock-skew", "PT10M")));
        assertEquals("platform.security.clock-skew", skew.key());
    }

    @Test
    void demoDataIsRefusedInProduction() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> read(Map.of("platform.production", "true", "platform.demo.experts", "100")));
        assertEquals("platform.demo.experts", e.key());
    }

    @Test
    void messageNamesTheEnvironmentVariable() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> read(Map.of("platform.database.pool-size", "many")));
        assertTrue(e.getMessage().contains("PLATFORM_DATABASE_POOL_DASH_SIZE"), e.getMessage());
        assertEquals("SERVER_PORT", SettingsReader.environmentVariable("server.port"));
    }
}
