package vn.ngoaivu.gateway.http;

import java.util.Locale;

/** Media types the gateway speaks, and the one comparison it needs. */
public final class MediaTypes {

    public static final String JSON = "application/json";
    public static final String PROBLEM_JSON = ProblemRenderer.MEDIA_TYPE;
    public static final String YAML = "application/yaml";

    private MediaTypes() {
    }

    /** True when a Content-Type header value names {@code expected}, ignoring parameters and case; +json suffixes count as JSON. */
    public static boolean matches(String contentType, String expected) {
        if (contentType == null) {
            return false;
        }
        String essence = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (essence.equals(expected)) {
            return true;
        }
        return expected.equals(JSON) && essence.startsWith("application/") && essence.endsWith("+json");
    }
}
