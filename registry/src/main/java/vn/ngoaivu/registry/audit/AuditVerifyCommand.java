package vn.ngoaivu.registry.audit;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code deploy/audit-verify}: verifies the audit trail of a PostgreSQL database the operator can reach,
 * prints one line and exits 0 when the chain is intact, 1 when it is broken, 2 when it could not be
 * verified (bad arguments, no connection, no audit tables).
 *
 * <pre>
 * audit-verify [--url JDBC_URL] [--user USER] [--expect ID:HASH]
 * </pre>
 * The URL and user default to {@code PLATFORM_DATABASE_URL} and {@code PLATFORM_DATABASE_USER}; the password
 * comes only from {@code PLATFORM_DATABASE_PASSWORD}, so that it never shows in a process list. On success
 * the line ends with the head as {@code ID:HASH}: keep it outside the database and pass it back with
 * {@code --expect} next time, which detects a chain rewritten from some entry on.
 */
public final class AuditVerifyCommand {

    static final int INTACT = 0;
    static final int BROKEN = 1;
    static final int FAILED = 2;

    private static final String USAGE = "usage: audit-verify [--url JDBC_URL] [--user USER] [--expect ID:HASH]"
            + " (defaults: PLATFORM_DATABASE_URL, PLATFORM_DATABASE_USER; password from PLATFORM_DATABASE_PASSWORD)";

    private AuditVerifyCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        String url = env.get("PLATFORM_DATABASE_URL");
        String user = env.get("PLATFORM_DATABASE_USER");
        String password = env.getOrDefault("PLATFORM_DATABASE_PASSWORD", "");
        Optional<AuditTrail.Checkpoint> checkpoint = Optional.empty();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--url" -> url = value(args, ++i);
                    case "--user" -> user = value(args, ++i);
                    case "--expect" -> checkpoint = Optional.of(AuditTrail.Checkpoint.parse(value(args, ++i)));
                    case "-h", "--help" -> {
                        out.println(USAGE);
                        return INTACT;
                    }
                    default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
                }
            }
            if (url == null || url.isBlank()) {
                throw new IllegalArgumentException("no database: give --url or set PLATFORM_DATABASE_URL"
                        + " (an embedded database: jdbc:postgresql://127.0.0.1:PORT/postgres, user postgres,"
                        + " with its port fixed by platform.database.embedded-port)");
            }
        } catch (IllegalArgumentException e) {
            err.println("audit-verify: " + e.getMessage());
            err.println(USAGE);
            return FAILED;
        }
        Properties properties = new Properties();
        if (user != null && !user.isBlank()) {
            properties.setProperty("user", user);
        }
        properties.setProperty("password", password);
        properties.setProperty("ApplicationName", "ngoaivu-audit-verify");
        properties.setProperty("connectTimeout", "10");
        try (Connection connection = DriverManager.getConnection(url, properties)) {
            VerificationReport report = new AuditTrail().verify(connection, checkpoint);
            out.println(report.summary());
            return report.intact() ? INTACT : BROKEN;
        } catch (SQLException | RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            err.println("audit-verify: could not verify the audit trail: " + e.getMessage()
                    + (cause != e ? ": " + cause.getMessage() : ""));
            return FAILED;
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
