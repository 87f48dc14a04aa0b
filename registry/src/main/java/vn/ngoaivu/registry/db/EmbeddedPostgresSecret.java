package vn.ngoaivu.registry.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;

/**
 * The embedded server's library initialises it with "trust" authentication: any local user could connect
 * as superuser. This sets a random password (kept owner-only beside the data) and switches every
 * connection to SCRAM, so that only the platform's process, which can read the file, gets in.
 */
final class EmbeddedPostgresSecret {

    private static final String HBA = """
            # Written by ngoaivu-platform: password (SCRAM) authentication only.
            local all all scram-sha-256
            host  all all 127.0.0.1/32 scram-sha-256
            host  all all ::1/128 scram-sha-256
            """;

    private EmbeddedPostgresSecret() {
    }

    static String readOrCreate(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, password, StandardCharsets.US_ASCII);
        return password;
    }

    /** After a first start (still "trust"), sets the password and turns on SCRAM; later starts find it done. */
    static void requirePassword(EmbeddedPostgres postgres, Path pgData, String password) {
        Path hba = pgData.resolve("pg_hba.conf");
        try {
            if (Files.readString(hba).equals(HBA)) {
                return;
            }
            try (Connection c = postgres.getPostgresDatabase().getConnection()) {
                try (Statement s = c.createStatement()) {
                    s.execute("SET password_encryption = 'scram-sha-256'");
                }
                try (PreparedStatement s = c.prepareStatement("SELECT format('ALTER ROLE postgres PASSWORD %L', ?::text)")) {
                    s.setString(1, password);
                    try (var rs = s.executeQuery(); Statement alter = c.createStatement()) {
                        rs.next();
                        alter.execute(rs.getString(1));
                    }
                }
                Files.writeString(hba, HBA);
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT pg_reload_conf()");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not secure the embedded PostgreSQL in " + pgData, e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not set the embedded PostgreSQL's password", e);
        }
    }
}
