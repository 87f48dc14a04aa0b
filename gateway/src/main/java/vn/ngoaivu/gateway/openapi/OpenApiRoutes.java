package vn.ngoaivu.gateway.openapi;

import io.helidon.http.HeaderNames;
import io.helidon.http.HttpMediaType;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import vn.ngoaivu.gateway.http.Endpoint;
import vn.ngoaivu.gateway.http.MediaTypes;
import vn.ngoaivu.gateway.security.Access;

import java.util.List;

/**
 * {@code GET /openapi}: the document as YAML (the default) or JSON, chosen by {@code ?format=} or by
 * the {@code Accept} header.
 */
public final class OpenApiRoutes {

    public static final String PATH = "/openapi";

    private final OpenApiDocument document;

    public OpenApiRoutes(OpenApiDocument document) {
        this.document = document;
    }

    public List<Endpoint> endpoints() {
        return List.of(Endpoint.get(PATH, Access.anyone(), this::serve));
    }

    private void serve(ServerRequest req, ServerResponse res) {
        boolean json = req.query().first("format").map("json"::equalsIgnoreCase)
                .orElseGet(() -> prefersJson(req));
        res.header(HeaderNames.CONTENT_TYPE, json ? MediaTypes.JSON + "; charset=UTF-8" : MediaTypes.YAML + "; charset=UTF-8");
        res.header(HeaderNames.CACHE_CONTROL, "no-cache");
        res.send(json ? document.json() : document.yaml());
    }

    private static boolean prefersJson(ServerRequest req) {
        List<HttpMediaType> accepted = req.headers().acceptedTypes();
        for (HttpMediaType type : accepted) {
            String subtype = type.mediaType().subtype();
            if (subtype.equals("json")) {
                return true;
            }
            if (subtype.equals("yaml") || subtype.equals("x-yaml") || subtype.equals("*")) {
                return false;
            }
        }
        return false;
    }
}
