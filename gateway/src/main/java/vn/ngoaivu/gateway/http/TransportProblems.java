package vn.ngoaivu.gateway.http;

import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.DirectHandlers;

/**
 * Problem+json for the errors Helidon answers before routing: malformed HTTP, a body over the size
 * limit (413, reported as a bad-request event), header overflow, or a failure inside error handling.
 * The server's own message is shown only for client errors; for 5xx it may carry internal detail.
 */
public final class TransportProblems {

    private final ProblemRenderer renderer;

    public TransportProblems(ProblemRenderer renderer) {
        this.renderer = renderer;
    }

    public DirectHandlers directHandlers() {
        DirectHandlers.Builder handlers = DirectHandlers.builder();
        for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
            handlers.addHandler(type, this::handle);
        }
        return handlers.build();
    }

    private DirectHandler.TransportResponse handle(DirectHandler.TransportRequest request,
                                                   DirectHandler.EventType eventType,
                                                   Status status,
                                                   io.helidon.http.ServerResponseHeaders headers,
                                                   String message) {
        ProblemType type = ProblemType.forStatus(status.code());
        String detailEn = status.code() < 500 && message != null && !message.isBlank() ? message : type.title().en();
        Text detail = type == ProblemType.PAYLOAD_TOO_LARGE
                ? new Text("Nội dung yêu cầu vượt quá giới hạn cho phép.", "The request body exceeds the allowed size.")
                : new Text(type.title().vi() + ": " + detailEn, detailEn);
        Language language = Language.negotiate(request.headers().first(HeaderNames.ACCEPT_LANGUAGE).orElse(null));
        String requestId = request.headers().first(RequestId.HEADER).map(RequestId::acceptOrGenerate)
                .orElseGet(() -> RequestId.acceptOrGenerate(null));
        String path = request.path().isBlank() ? null : request.path().split("\\?", 2)[0];
        byte[] body = renderer.render(Problem.of(type, detail), language, path, requestId);
        headers.set(HeaderNames.CONTENT_TYPE, MediaTypes.PROBLEM_JSON);
        headers.set(HeaderNames.CONTENT_LANGUAGE, language.tag());
        headers.set(RequestId.HEADER, requestId);
        return DirectHandler.TransportResponse.builder()
                .status(Status.create(type.status()))
                .headers(headers)
                .entity(body)
                .build();
    }
}
