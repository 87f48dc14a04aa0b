package vn.ngoaivu.gateway;

import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import vn.ngoaivu.gateway.config.PlatformSettings;
import vn.ngoaivu.gateway.http.Endpoint;
import vn.ngoaivu.gateway.http.JsonBodies;
import vn.ngoaivu.gateway.security.Access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/v1}: which instance this is, its version, and where to read more. */
final class PlatformInfoRoutes {

    private final Map<String, Object> info;
    private final JsonBodies json;

    PlatformInfoRoutes(PlatformSettings settings, String version, JsonBodies json) {
        this.json = json;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "ngoaivu-platform");
        body.put("title", Map.of("vi", "Nền tảng dữ liệu mở và cơ sở dữ liệu chuyên gia của Sở Ngoại vụ",
                "en", "Open data and expert registry platform of the Department of Foreign Affairs"));
        body.put("version", version);
        body.put("province", Map.of("code", settings.provinceCode(), "name", settings.provinceName()));
        body.put("baseUri", settings.baseUri().toString());
        body.put("links", Map.of(
                "openapi", "/openapi",
                "health", "/observe/health",
                "metrics", "/observe/metrics"));
        this.info = java.util.Collections.unmodifiableMap(body);
    }

    List<Endpoint> endpoints() {
        return List.of(Endpoint.get("/api/v1", Access.anyone(), this::info));
    }

    private void info(ServerRequest req, ServerResponse res) {
        json.send(res, Status.OK_200, info);
    }
}
