package vn.ngoaivu.gateway.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.ngoaivu.gateway.TestPlatform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every error the gateway produces is RFC 9457 problem+json with the right status, type and language. */
@ExtendWith(TestPlatform.Extension.class)
class ProblemResponsesIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode assertProblem(HttpResponse<String> response, int status, ProblemType type) throws IOException {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(MediaTypes.PROBLEM_JSON, response.headers().firstValue("Content-Type").orElse(""));
        JsonNode body = JSON.readTree(response.body());
        assertEquals(type.uri(), body.path("type").asText());
        assertEquals(status, body.path("status").asInt());
        assertFalse(body.path("title").asText().isBlank());
        assertEquals(response.headers().firstValue("X-Request-Id").orElseThrow(), body.path("requestId").asText());
        assertFalse(response.body().contains("Exception"), "no stack trace or exception name in " + response.body());
        return body;
    }

    @Test
    void unknownRouteIs404InVietnameseByDefault(TestPlatform platform) throws IOException {
        JsonNode body = assertProblem(platform.get("/khong-co"), 404, ProblemType.NOT_FOUND);
        assertEquals("Không tìm thấy", body.path("title").asText());
        assertEquals("/khong-co", body.path("instance").asText());
    }

    @Test
    void titleFollowsAcceptLanguage(TestPlatform platform) throws IOException {
        HttpResponse<String> english = platform.send(platform.request("/nope")
                .header("Accept-Language", "en-GB,en;q=0.9,vi;q=0.5").GET().build());
        assertEquals("Not found", assertProblem(english, 404, ProblemType.NOT_FOUND).path("title").asText());
        assertEquals("en", english.headers().firstValue("Content-Language").orElse(""));
        HttpResponse<String> vietnamese = platform.send(platform.request("/nope")
                .header("Accept-Language", "vi-VN, en;q=0.8").GET().build());
        assertEquals("Không tìm thấy", assertProblem(vietnamese, 404, ProblemType.NOT_FOUND).path("title").asText());
        HttpResponse<String> other = platform.send(platform.request("/nope").header("Accept-Language", "fr").GET().build());
        assertEquals("Không tìm thấy", assertProblem(other, 404, ProblemType.NOT_FOUND).path("title").asText());
    }

    @Test
    void wrongMethodIs405WithAllow(TestPlatform platform) throws IOException {
        HttpResponse<String> response = platform.send(platform.request("/api/v1").DELETE().build());
        assertProblem(response, 405, ProblemType.METHOD_NOT_ALLOWED);
        assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElse(""));
        HttpResponse<String> post = platform.send(platform.request("/__test/echo").PUT(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertProblem(post, 405, ProblemType.METHOD_NOT_ALLOWED);
        assertEquals("POST", post.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void headIsAnsweredByGetRoutesWithoutBody(TestPlatform platform) {
        HttpResponse<String> response = platform.send(platform.request("/api/v1")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, response.statusCode());
        assertEquals("", response.body());
    }

    @Test
    void wrongContentTypeIs415(TestPlatform platform) throws IOException {
        HttpResponse<String> response = platform.send(platform.request("/__test/echo")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")).build());
        assertProblem(response, 415, ProblemType.UNSUPPORTED_MEDIA_TYPE);
        HttpResponse<String> none = platform.send(platform.request("/__test/echo")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertProblem(none, 415, ProblemType.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void wellFormedJsonIsAccepted(TestPlatform platform) {
        HttpResponse<String> response = platform.send(platform.request("/__test/echo")
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString("{\"ten\":\"Nguyễn Văn Á\"}")).build());
        assertEquals(200, response.statusCode());
        assertEquals("{\"ten\":\"Nguyễn Văn Á\"}", response.body());
    }

    @Test
    void malformedJsonIs400WithLocation(TestPlatform platform) throws IOException {
        for (String bad : new String[] {"{\"a\": ", "{\"a\":1,\"a\":2}", "{} []", "nope"}) {
            HttpResponse<String> response = platform.send(platform.request("/__test/echo")
                    .header("Content-Type", "application/json").header("Accept-Language", "en")
                    .POST(HttpRequest.BodyPublishers.ofString(bad)).build());
            JsonNode body = assertProblem(response, 400, ProblemType.MALFORMED_JSON);
            assertTrue(body.path("detail").asText().contains("line 1"), body.toString());
        }
        HttpResponse<String> empty = platform.send(platform.request("/__test/echo")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertProblem(empty, 400, ProblemType.BAD_REQUEST);
    }

    @Test
    void bodyOverTheLimitIs413(TestPlatform platform) throws IOException {
        String big = "{\"x\":\"" + "a".repeat((int) TestPlatform.MAX_PAYLOAD) + "\"}";
        HttpResponse<String> response = platform.send(platform.request("/__test/echo")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(big)).build());
        assertEquals(413, response.statusCode());
        assertEquals(MediaTypes.PROBLEM_JSON, response.headers().firstValue("Content-Type").orElse(""));
        assertEquals(ProblemType.PAYLOAD_TOO_LARGE.uri(), JSON.readTree(response.body()).path("type").asText());
    }

    @Test
    void unexpectedErrorIs500WithoutInternalDetail(TestPlatform platform) throws IOException {
        HttpResponse<String> response = platform.get("/__test/boom");
        JsonNode body = assertProblem(response, 500, ProblemType.INTERNAL_ERROR);
        assertFalse(response.body().contains("secret internal detail"));
        assertFalse(body.path("requestId").asText().isBlank());
    }

    @Test
    void malformedHttpIs400ProblemJson(TestPlatform platform) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", platform.platform().port())) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /api/v1 HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.setSoTimeout(5000);
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 400"), response);
            assertTrue(response.toLowerCase().contains("content-type: application/problem+json"), response);
            assertTrue(response.contains(ProblemType.BAD_REQUEST.uri()), response);
        }
    }

    @Test
    void requestIdIsEchoedWhenSaneAndGeneratedOtherwise(TestPlatform platform) {
        HttpResponse<String> kept = platform.send(platform.request("/api/v1").header("X-Request-Id", "partner-42.abc").GET().build());
        assertEquals("partner-42.abc", kept.headers().firstValue("X-Request-Id").orElse(""));
        HttpResponse<String> replaced = platform.send(platform.request("/api/v1").header("X-Request-Id", "bad id <script>").GET().build());
        String generated = replaced.headers().firstValue("X-Request-Id").orElse("");
        assertTrue(generated.matches("[0-9a-f-]{36}"), generated);
        HttpResponse<String> none = platform.get("/api/v1");
        assertTrue(none.headers().firstValue("X-Request-Id").orElse("").matches("[0-9a-f-]{36}"));
    }

    @Test
    void featurePathsAnswerOtherMethodsWith405(TestPlatform platform) throws IOException {
        HttpResponse<String> response = platform.send(platform.request("/observe/health")
                .POST(HttpRequest.BodyPublishers.ofString("x")).build());
        assertProblem(response, 405, ProblemType.METHOD_NOT_ALLOWED);
        assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElse(""));
        HttpResponse<String> ui = platform.send(platform.request("/openapi/ui/index.html").DELETE().build());
        assertEquals(405, ui.statusCode());
    }

    @Test
    void staticContentRevalidationIs304NotAnError(TestPlatform platform) {
        HttpResponse<String> css = platform.get("/openapi/ui/swagger-ui.css");
        assertEquals(200, css.statusCode());
        String etag = css.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = platform.send(platform.request("/openapi/ui/swagger-ui.css")
                .header("If-None-Match", etag).GET().build());
        assertEquals(304, again.statusCode());
    }

    @Test
    void statusAndBodyAgreeForTransportErrors(TestPlatform platform) throws IOException {
        HttpResponse<String> response = platform.get("/" + "a".repeat(40_000));
        int status = response.statusCode();
        assertTrue(status == 414 || status == 400, "status " + status);
        assertEquals(status, JSON.readTree(response.body()).path("status").asInt());
    }
}
