package vn.ngoaivu.gateway.observe;

import io.helidon.webserver.http.RoutingRequest;
import vn.ngoaivu.gateway.http.RequestId;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * One log line per request on the logger {@value #LOGGER}: method, path, matched route, status,
 * duration, client address and request id. The fields travel as the record's parameter so that the
 * JSON log format emits them as fields. (Helidon's access-log module is not on this Maven mirror.)
 */
public final class AccessLog {

    public static final String LOGGER = "ngoaivu.access";
    private static final Logger LOG = Logger.getLogger(LOGGER);

    private AccessLog() {
    }

    static void log(RoutingRequest req, int status, String route, double millis) {
        if (!LOG.isLoggable(Level.INFO)) {
            return;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("method", RequestObserver.method(req));
        fields.put("path", req.path().absolute().path());
        fields.put("route", route);
        fields.put("status", status);
        fields.put("durationMs", Math.round(millis * 100) / 100.0);
        fields.put("remote", req.remotePeer().host());
        fields.put("requestId", RequestId.of(req));
        String text = fields.get("method") + " " + fields.get("path") + " " + fields.get("status") + " "
                + fields.get("durationMs") + "ms from " + fields.get("remote");
        LogRecord record = new LogRecord(Level.INFO, text);
        record.setLoggerName(LOGGER);
        record.setParameters(new Object[] {fields});
        LOG.log(record);
    }
}
