package vn.ngoaivu.gateway.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.NotFoundException;
import io.helidon.http.HttpException;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns everything that goes wrong inside routing into an RFC 9457 response in the caller's language:
 * problems thrown by handlers, Helidon's HTTP exceptions, unknown routes (404), known paths with the
 * wrong method (405 + Allow), and unexpected exceptions (500, logged with the request id, never shown).
 */
public final class ProblemResponses {

    private static final Logger LOG = Logger.getLogger(ProblemResponses.class.getName());

    private final ProblemRenderer renderer;
    private final RouteTable routes;
    private final List<String> readOnlyFeaturePaths;

    /**
     * @param readOnlyFeaturePaths paths that Helidon's features serve with GET and HEAD only (observability,
     *                             Swagger UI and below it), so that other methods there get 405 too
     */
    public ProblemResponses(ProblemRenderer renderer, RouteTable routes, List<String> readOnlyFeaturePaths) {
        this.renderer = renderer;
        this.routes = routes;
        this.readOnlyFeaturePaths = List.copyOf(readOnlyFeaturePaths);
    }

    public void register(HttpRouting.Builder routing) {
        routing.error(ProblemException.class, (req, res, e) -> send(req, res, e.problem()))
                .error(NotFoundException.class, (req, res, e) -> send(req, res, notFound(req)))
                .error(HttpException.class, (req, res, e) -> {
                    if (e.status().code() < 400) {
                        // Not an error: Helidon's static content answers 304 this way.
                        res.status(e.status());
                        res.send();
                    } else {
                        send(req, res, fromHelidon(e));
                    }
                })
                .error(Throwable.class, (req, res, e) -> {
                    LOG.log(Level.SEVERE, "unexpected error on " + req.prologue().method().text() + " "
                            + req.path().path() + " (request " + RequestId.of(req) + ")", e);
                    send(req, res, Problem.of(ProblemType.INTERNAL_ERROR,
                            "Đã xảy ra lỗi không mong muốn. Vui lòng báo mã yêu cầu cho quản trị viên.",
                            "An unexpected error occurred. Please quote the request id to the administrator."));
                });
    }

    public void send(ServerRequest req, ServerResponse res, Problem problem) {
        Language language = Language.negotiate(req.headers().first(HeaderNames.ACCEPT_LANGUAGE).orElse(null));
        byte[] body = renderer.render(problem, language, req.path().absolute().path(), RequestId.of(req));
        res.status(Status.create(problem.type().status()));
        problem.headers().forEach(res::header);
        res.header(HeaderNames.CONTENT_TYPE, MediaTypes.PROBLEM_JSON);
        res.header(HeaderNames.CONTENT_LANGUAGE, language.tag());
        res.send(body);
    }

    private Problem notFound(ServerRequest req) {
        String path = req.path().absolute().path();
        Set<String> allowed = new java.util.TreeSet<>(routes.allowedMethods(req.path().absolute()));
        for (String featurePath : readOnlyFeaturePaths) {
            if (path.equals(featurePath) || path.startsWith(featurePath + "/")) {
                allowed.addAll(List.of("GET", "HEAD"));
            }
        }
        String method = req.prologue().method().text();
        if (allowed.isEmpty()) {
            return Problem.of(ProblemType.NOT_FOUND,
                    "Không có tài nguyên nào tại " + path + ".",
                    "There is no resource at " + path + ".");
        }
        return Problem.of(ProblemType.METHOD_NOT_ALLOWED,
                        "Phương thức " + method + " không áp dụng cho " + path + "; được phép: " + String.join(", ", allowed) + ".",
                        "Method " + method + " is not supported on " + path + "; allowed: " + String.join(", ", allowed) + ".")
                .withHeader("Allow", String.join(", ", allowed));
    }

    /** Helidon's own HTTP exceptions (bad headers, unreadable bodies, ...) keep their status. */
    private static Problem fromHelidon(HttpException e) {
        int status = e.status().code();
        ProblemType type = ProblemType.forStatus(status);
        // Helidon's messages describe the protocol fault, never internal state; only 4xx ones are shown.
        String detail = status < 500 && e.getMessage() != null ? e.getMessage() : type.title().en();
        return Problem.of(type, new Text(type.title().vi() + ": " + detail, detail));
    }
}
