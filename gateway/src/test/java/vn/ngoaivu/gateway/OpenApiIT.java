package vn.ngoaivu.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.ngoaivu.gateway.http.Endpoint;
import vn.ngoaivu.gateway.http.JsonBodies;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The OpenAPI document and the routes that exist are held to each other, and the document lints clean. */
@ExtendWith(TestPlatform.Extension.class)
class OpenApiIT {

    private static Set<String> existingRoutes(TestPlatform platform) {
        Set<String> routes = new TreeSet<>();
        for (Endpoint endpoint : platform.platform().routes().endpoints()) {
            if (!endpoint.path().startsWith("/__test")) {
                routes.add(endpoint.method().text() + " " + endpoint.path());
            }
        }
        Platform.OBSERVE_PATHS.forEach(path -> routes.add("GET " + path));
        return routes;
    }

    @Test
    void documentDescribesExactlyTheRoutesThatExist(TestPlatform platform) {
        Set<String> documented = platform.platform().openApi().operations();
        Set<String> existing = existingRoutes(platform);
        Set<String> undocumented = new TreeSet<>(existing);
        undocumented.removeAll(documented);
        Set<String> phantom = new TreeSet<>(documented);
        phantom.removeAll(existing);
        assertTrue(undocumented.isEmpty(), "routes missing from the OpenAPI document: " + undocumented);
        assertTrue(phantom.isEmpty(), "documented operations with no route: " + phantom);
    }

    @Test
    void everyDocumentedGetWithoutParametersAnswers(TestPlatform platform) throws IOException {
        JsonNode document = new ObjectMapper().readTree(platform.platform().openApi().json());
        for (String operation : platform.platform().openApi().operations()) {
            String path = operation.substring(operation.indexOf(' ') + 1);
            if (operation.startsWith("GET ") && !path.contains("{") && !needsAParameter(document, path)) {
                int status = platform.get(path, TestIdentities.Identity.ADMIN).statusCode();
                assertTrue(status == 200, operation + " answered " + status);
            }
        }
    }

    /** Whether the document's GET of {@code path} has a required parameter (such as a record kind): no call without it. */
    private static boolean needsAParameter(JsonNode document, String path) {
        for (JsonNode parameter : document.path("paths").path(path).path("get").path("parameters")) {
            String ref = parameter.path("$ref").asText("");
            JsonNode resolved = ref.isEmpty() ? parameter
                    : document.path("components").path("parameters").path(ref.substring(ref.lastIndexOf('/') + 1));
            if (resolved.path("required").asBoolean(false)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void servedAsYamlByDefaultAndJsonOnRequest(TestPlatform platform) throws IOException {
        HttpResponse<String> yaml = platform.get("/openapi");
        assertEquals(200, yaml.statusCode());
        assertTrue(yaml.headers().firstValue("Content-Type").orElse("").startsWith("application/yaml"));
        assertTrue(yaml.body().contains("openapi: 3.1.0"), yaml.body().substring(0, 80));

        HttpResponse<String> json = platform.send(platform.request("/openapi").header("Accept", "application/json").GET().build());
        JsonNode document = new ObjectMapper().readTree(json.body());
        assertEquals("3.1.0", document.path("openapi").asText());
        assertTrue(document.path("paths").has("/api/v1"));
        assertEquals(200, platform.get("/openapi?format=json").statusCode());
        assertTrue(platform.get("/openapi?format=json").body().startsWith("{"));
    }

    @Test
    void swaggerUiIsServed(TestPlatform platform) {
        HttpResponse<String> page = platform.get(Platform.SWAGGER_UI_PATH + "/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("swagger-ui-bundle.js"));
        assertEquals(200, platform.get(Platform.SWAGGER_UI_PATH + "/swagger-ui-bundle.js").statusCode());
    }

    /** Runs {@code redocly lint}; required in CI (NGOAIVU_REQUIRE_TOOLS=true), skipped where it is not installed. */
    @Test
    void documentPassesRedoclyLint(TestPlatform platform) throws Exception {
        Path redocly = ExternalTool.find("redocly");
        Assumptions.assumeTrue(redocly != null, "redocly is not installed (deploy/install-test-tools.sh)");
        Path file = Files.createTempFile(Path.of("target"), "openapi-", ".yaml");
        Files.writeString(file, platform.get("/openapi").body(), StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(redocly.toString(), "lint", "--format=stylish", file.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("redocly lint did not finish");
        }
        assertEquals(0, process.exitValue(), output);
    }

    @Test
    void jsonMapperIsStrict() {
        assertTrue(JsonBodies.newMapper().getFactory().isEnabled(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION));
    }
}
