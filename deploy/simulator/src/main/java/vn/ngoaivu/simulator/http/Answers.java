package vn.ngoaivu.simulator.http;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** The responses the simulated systems give. Errors are short bilingual plain text: the contract only fixes the status. */
public final class Answers {

    private Answers() {
    }

    public static ResponseDefinition ok(String contentType, String body) {
        return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", contentType)
                .withBody(body).build();
    }

    public static ResponseDefinition ok(String contentType, byte[] body) {
        return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", contentType)
                .withBody(body).build();
    }

    public static ResponseDefinition notFound() {
        return text(404, "Không tìm thấy / Not found");
    }

    public static ResponseDefinition badRequest(String englishDetail) {
        return text(400, "Yêu cầu không hợp lệ / Bad request: " + englishDetail);
    }

    public static ResponseDefinition unauthorized() {
        return new ResponseDefinitionBuilder().withStatus(401)
                .withHeader("WWW-Authenticate", "Bearer realm=\"ngoaivu-simulator\"")
                .withHeader("Content-Type", "text/plain; charset=utf-8")
                .withBody("Thiếu hoặc sai mã truy cập / Missing or wrong bearer token").build();
    }

    public static ResponseDefinition text(int status, String message) {
        return new ResponseDefinitionBuilder().withStatus(status)
                .withHeader("Content-Type", "text/plain; charset=utf-8").withBody(message + "\n").build();
    }
}
