package vn.ngoaivu.gateway.observe;

import io.helidon.logging.common.HelidonMdc;
import vn.ngoaivu.gateway.http.RequestId;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Map;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Configures java.util.logging, which every library of the platform logs through (Helidon directly,
 * Jena, Flyway and the embedded database through SLF4J's JUL binding, Hibernate through JBoss Logging):
 * one handler on standard error, readable text by default or one JSON object per line.
 */
public final class LogSetup {

    private LogSetup() {
    }

    public static void configure(boolean json) {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        Handler handler = new ConsoleHandler();
        handler.setLevel(Level.ALL);
        handler.setFormatter(json ? new JsonFormatter() : new TextFormatter());
        root.addHandler(handler);
        root.setLevel(Level.INFO);
        // Quiet libraries that narrate their internals at INFO.
        Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
        Logger.getLogger("io.zonky").setLevel(Level.WARNING);
        Logger.getLogger("com.zaxxer.hikari").setLevel(Level.WARNING);
        Logger.getLogger("io.smallrye.openapi").setLevel(Level.WARNING);
    }

    private static String requestId() {
        return HelidonMdc.get(RequestId.MDC_KEY).orElse(null);
    }

    private static String stackTrace(Throwable thrown) {
        StringWriter out = new StringWriter();
        thrown.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    /** A message is one line: control characters (a request path may carry %0a) are shown escaped, not obeyed. */
    static String escapeControls(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append(String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** {@code 2026-11-21T07:00:00.123Z INFO  logger [request-id] message}. */
    static final class TextFormatter extends Formatter {
        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder(160)
                    .append(record.getInstant()).append(' ')
                    .append(String.format("%-7s", record.getLevel().getName())).append(' ')
                    .append(record.getLoggerName());
            String rid = requestId();
            if (rid != null) {
                line.append(" [").append(rid).append(']');
            }
            line.append(' ').append(escapeControls(formatMessage(record))).append(System.lineSeparator());
            if (record.getThrown() != null) {
                line.append(stackTrace(record.getThrown()));
            }
            return line.toString();
        }
    }

    /** One JSON object per line; a record whose parameter is a map (the access log) contributes its fields. */
    static final class JsonFormatter extends Formatter {
        @Override
        public String format(LogRecord record) {
            StringBuilder json = new StringBuilder(256).append('{');
            field(json, "time", Instant.ofEpochMilli(record.getMillis()).toString());
            json.append(',');
            field(json, "level", record.getLevel().getName());
            json.append(',');
            field(json, "logger", record.getLoggerName());
            json.append(',');
            field(json, "message", record.getParameters() != null && record.getParameters().length == 1
                    && record.getParameters()[0] instanceof Map ? record.getMessage() : formatMessage(record));
            String rid = requestId();
            if (rid != null) {
                json.append(',');
                field(json, "requestId", rid);
            }
            if (record.getParameters() != null && record.getParameters().length == 1
                    && record.getParameters()[0] instanceof Map<?, ?> fields) {
                for (Map.Entry<?, ?> entry : fields.entrySet()) {
                    if (entry.getValue() == null) {
                        continue;
                    }
                    json.append(',');
                    if (entry.getValue() instanceof Number number) {
                        quote(json, String.valueOf(entry.getKey())).append(':').append(number);
                    } else {
                        field(json, String.valueOf(entry.getKey()), String.valueOf(entry.getValue()));
                    }
                }
            }
            if (record.getThrown() != null) {
                json.append(',');
                field(json, "exception", stackTrace(record.getThrown()));
            }
            return json.append('}').append(System.lineSeparator()).toString();
        }

        private static void field(StringBuilder json, String name, String value) {
            quote(json, name).append(':');
            if (value == null) {
                json.append("null");
            } else {
                quote(json, value);
            }
        }

        private static StringBuilder quote(StringBuilder json, String text) {
            json.append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '"' -> json.append("\\\"");
                    case '\\' -> json.append("\\\\");
                    case '\n' -> json.append("\\n");
                    case '\r' -> json.append("\\r");
                    case '\t' -> json.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            json.append(String.format("\\u%04x", (int) c));
                        } else {
                            json.append(c);
                        }
                    }
                }
            }
            return json.append('"');
        }
    }
}
