package vn.ngoaivu.gateway.linkeddata;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import vn.ngoaivu.gateway.http.Endpoint;
import vn.ngoaivu.gateway.http.MediaTypes;
import vn.ngoaivu.gateway.http.Problem;
import vn.ngoaivu.gateway.http.ProblemException;
import vn.ngoaivu.gateway.http.ProblemType;
import vn.ngoaivu.gateway.http.Text;
import vn.ngoaivu.gateway.security.Access;
import vn.ngoaivu.opendata.sparql.SparqlException;
import vn.ngoaivu.opendata.sparql.SparqlQuery;
import vn.ngoaivu.opendata.sparql.SparqlService;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SPARQL 1.1 Protocol's query operation on the published open data, open to anyone: {@code GET /sparql?query=},
 * {@code POST /sparql} with the query as the body ({@code application/sparql-query}) or as a form field. The
 * protocol's {@code default-graph-uri} and {@code named-graph-uri} are supported: they pick release graphs of the
 * store, as FROM and FROM NAMED do. {@code GET /sparql} without a query shows a page with a form and examples.
 */
public final class SparqlRoutes {

    static final String PATH = "/sparql";
    static final String SPARQL_QUERY = "application/sparql-query";
    static final String FORM = "application/x-www-form-urlencoded";
    private static final String SPARQL_UPDATE = "application/sparql-update";
    /** Set when an answer was cut at the result limit; its value is the limit. */
    static final String RESULT_LIMIT_REACHED = "Result-Limit-Reached";

    private final SparqlService sparql;
    private final SparqlPage page;

    public SparqlRoutes(SparqlService sparql, String baseUri) {
        this.sparql = sparql;
        this.page = new SparqlPage(baseUri, sparql.resultLimit(), sparql.timeout());
    }

    public List<Endpoint> endpoints() {
        return List.of(
                Endpoint.get(PATH, Access.anyone(), this::get),
                // The protocol allows two body types here, so this handler checks the type itself (415).
                new Endpoint(Method.POST, PATH, Access.anyone(), Optional.empty(), this::post));
    }

    private void get(ServerRequest req, ServerResponse res) {
        Map<String, List<String>> params = urlParameters(req);
        if (!params.containsKey("query") && !params.containsKey("update")) {
            res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8");
            res.send(page.html().getBytes(StandardCharsets.UTF_8));
            return;
        }
        answer(req, res, Request.of(params));
    }

    private void post(ServerRequest req, ServerResponse res) {
        String contentType = req.headers().first(HeaderNames.CONTENT_TYPE).orElse(null);
        if (MediaTypes.matches(contentType, SPARQL_QUERY)) {
            Map<String, List<String>> params = urlParameters(req);
            params.put("query", List.of(body(req)));
            answer(req, res, Request.of(params));
        } else if (MediaTypes.matches(contentType, FORM)) {
            // The form's fields; the URL may still carry format=.
            Map<String, List<String>> params = urlParameters(req);
            params.putAll(form(body(req)));
            answer(req, res, Request.of(params));
        } else if (MediaTypes.matches(contentType, SPARQL_UPDATE)) {
            throw readOnly();
        } else {
            throw new ProblemException(Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "Nội dung phải có kiểu " + SPARQL_QUERY + " hoặc " + FORM + ", nhận được: "
                            + (contentType == null ? "không có" : contentType) + ".",
                    "The body must be " + SPARQL_QUERY + " or " + FORM + ", got: "
                            + (contentType == null ? "none" : contentType) + ".")
                    .withHeader("Accept-Post", SPARQL_QUERY + ", " + FORM));
        }
    }

    /** The protocol's parameters, from the URL or the form. */
    private record Request(String query, List<String> defaultGraphs, List<String> namedGraphs, Optional<String> format) {
        static Request of(Map<String, List<String>> params) {
            if (params.containsKey("update")) {
                throw readOnly();
            }
            List<String> queries = params.getOrDefault("query", List.of());
            if (queries.size() != 1 || queries.get(0).isBlank()) {
                throw invalidQuery("required", "Cần đúng một tham số query chứa truy vấn SPARQL.",
                        "Exactly one query parameter with the SPARQL query is required.");
            }
            Optional<String> format = params.getOrDefault("format", List.of()).stream().filter(f -> !f.isBlank()).findFirst();
            return new Request(queries.get(0), params.getOrDefault("default-graph-uri", List.of()),
                    params.getOrDefault("named-graph-uri", List.of()), format);
        }
    }

    private void answer(ServerRequest req, ServerResponse res, Request request) {
        try {
            SparqlQuery query = sparql.parse(request.query(), request.defaultGraphs(), request.namedGraphs());
            SparqlFormat format = SparqlFormat.negotiate(req, request.format(), query.form());
            SparqlService.Answer answer = query.form() == SparqlQuery.Form.RESULTS
                    ? sparql.results(query, format.resultsLang())
                    : sparql.graph(query, format.rdfFormat().jenaFormat().orElseThrow());
            res.header(HeaderNames.VARY, "Accept");
            res.header(HeaderNames.CONTENT_TYPE, format.mediaType() + "; charset=UTF-8");
            if (answer.capped()) {
                res.header(RESULT_LIMIT_REACHED, Integer.toString(sparql.resultLimit()));
            }
            res.send(answer.body());
        } catch (SparqlException e) {
            throw problem(e);
        }
    }

    private ProblemException problem(SparqlException e) {
        return switch (e.reason()) {
            case SYNTAX -> invalidQuery("syntax", "Truy vấn SPARQL không đúng cú pháp: " + e.getMessage(),
                    "The SPARQL query is not valid: " + e.getMessage());
            case UPDATE -> readOnly();
            case SERVICE -> invalidQuery("service-not-allowed",
                    "Không cho phép SERVICE: điểm truy vấn này không gọi đến điểm truy vấn khác.", e.getMessage());
            case TIMEOUT -> new ProblemException(Problem.of(ProblemType.QUERY_TIMEOUT,
                    "Truy vấn chạy quá " + seconds(sparql.timeout()) + " giây và đã bị dừng. Hãy thu hẹp truy vấn "
                            + "(điều kiện cụ thể hơn, LIMIT).",
                    "The query ran longer than " + seconds(sparql.timeout()) + " s and was stopped. Narrow it "
                            + "(more specific patterns, LIMIT)."));
        };
    }

    /** 10 s as "10", 2.5 s as "2.5". */
    static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? Long.toString(duration.toSeconds())
                : java.math.BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    private static Map<String, List<String>> urlParameters(ServerRequest req) {
        Map<String, List<String>> params = new HashMap<>();
        for (String name : req.query().names()) {
            params.put(name, req.query().all(name));
        }
        return params;
    }

    private static ProblemException readOnly() {
        return invalidQuery("read-only", "Điểm truy vấn này chỉ đọc: nhận SELECT, ASK, CONSTRUCT, DESCRIBE, không nhận lệnh cập nhật.",
                "This endpoint is read-only: it answers SELECT, ASK, CONSTRUCT and DESCRIBE, not updates.");
    }

    private static ProblemException invalidQuery(String code, String vi, String en) {
        return new ProblemException(new Problem(ProblemType.INVALID_PARAMETER, new Text(vi, en),
                List.of(new Problem.FieldError("query", code, new Text(vi, en))), Map.of()));
    }

    private static String body(ServerRequest req) {
        return new String(req.content().as(byte[].class), StandardCharsets.UTF_8);
    }

    /** An {@code application/x-www-form-urlencoded} body, UTF-8. */
    private static Map<String, List<String>> form(String body) {
        Map<String, List<String>> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException e) {
                throw new ProblemException(Problem.of(ProblemType.BAD_REQUEST,
                        "Biểu mẫu có ký tự mã hóa sai (%).", "The form has a malformed percent-encoding."));
            }
        }
        return fields;
    }
}
