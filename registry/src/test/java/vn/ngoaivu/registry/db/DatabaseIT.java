package vn.ngoaivu.registry.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseIT {

    @Test
    void embeddedServerStartsMigratesAndKeepsDataAcrossRestarts(@TempDir Path dataDir) throws Exception {
        int migrations;
        try (Database db = Database.open(DatabaseSettings.embeddedAt(dataDir))) {
            migrations = appliedMigrations(db);
            assertTrue(migrations >= 2, "every migration applied on the first open");
            assertTrue(db.isReachable(Duration.ofSeconds(2)));
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (v text)");
                s.execute("INSERT INTO kept VALUES ('Sở Ngoại vụ')");
                try (ResultSet rs = s.executeQuery("SELECT unaccent('Nguyễn Văn Á')")) {
                    rs.next();
                    assertEquals("Nguyen Van A", rs.getString(1));
                }
            }
        }
        try (Database db = Database.open(DatabaseSettings.embeddedAt(dataDir));
             Connection c = db.dataSource().getConnection();
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
                assertTrue(rs.next());
                assertEquals("Sở Ngoại vụ", rs.getString(1));
            }
            assertEquals(migrations, appliedMigrations(db), "migrations run once, not again on restart");
        }
    }

    private static int appliedMigrations(Database db) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void embeddedServerIsDurable(@TempDir Path dataDir) throws Exception {
        try (Database db = Database.open(DatabaseSettings.embeddedAt(dataDir));
             Connection c = db.dataSource().getConnection();
             Statement s = c.createStatement()) {
            for (String setting : new String[] {"fsync", "synchronous_commit"}) {
                try (ResultSet rs = s.executeQuery("SHOW " + setting)) {
                    rs.next();
                    assertEquals("on", rs.getString(1), setting);
                }
            }
        }
    }

    @Test
    void embeddedServerRefusesConnectionsWithoutThePassword(@TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, 0)) {
            java.sql.SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                    () -> java.sql.DriverManager.getConnection(server.jdbcUrl(), "postgres", "").close());
            assertTrue(refused.getMessage().contains("password"), refused.getMessage());
            java.sql.DriverManager.getConnection(server.jdbcUrl(), "postgres", server.password()).close();
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    java.nio.file.Files.getPosixFilePermissions(dataDir.resolve("pg-password"))));
        }
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(dataDir, 0)) {
            java.sql.DriverManager.getConnection(again.jdbcUrl(), "postgres", again.password()).close();
        }
    }

    @Test
    void closedDatabaseIsNotReachable(@TempDir Path dataDir) {
        Database db = Database.open(DatabaseSettings.embeddedAt(dataDir));
        db.close();
        assertFalse(db.isReachable(Duration.ofSeconds(1)));
    }
}
