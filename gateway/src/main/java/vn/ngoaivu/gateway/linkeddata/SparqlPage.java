package vn.ngoaivu.gateway.linkeddata;

import vn.ngoaivu.ontology.Html;

import java.time.Duration;
import java.util.List;

/**
 * The page {@code GET /sparql} shows people: what the endpoint holds and allows, a query form, and example
 * queries, each in a form of its own so that it can be edited and run. No script: forms submit with GET.
 * Vietnamese first, English beside it; every piece of text is escaped.
 */
final class SparqlPage {

    private record Example(String titleVi, String titleEn, String query) {
    }

    private final String html;

    SparqlPage(String baseUri, int resultLimit, Duration timeout) {
        this.html = Html.page("Điểm truy vấn SPARQL / SPARQL endpoint", body(baseUri, resultLimit, timeout));
    }

    String html() {
        return html;
    }

    private static List<Example> examples(String baseUri) {
        String prefixes = "PREFIX ngv: <" + baseUri + "def/ngv#>\n";
        return List.of(
                new Example("Các bộ dữ liệu đã công bố và số bộ ba của mỗi bộ",
                        "Published datasets (one graph per release) and their size",
                        "SELECT ?graph (COUNT(*) AS ?triples)\nWHERE { GRAPH ?graph { ?s ?p ?o } }\nGROUP BY ?graph\nORDER BY ?graph"),
                new Example("Mọi thông tin về một tài nguyên, theo URI", "Everything about one resource, by its URI",
                        "SELECT ?p ?o\nWHERE { <" + baseUri + "def/scheme/country/JP> ?p ?o }"),
                new Example("Số tài nguyên theo quốc gia", "Resources counted by country",
                        prefixes + "SELECT ?country (COUNT(DISTINCT ?s) AS ?count)\nWHERE { ?s ngv:country ?country }\n"
                                + "GROUP BY ?country\nORDER BY DESC(?count)"),
                new Example("Mô tả đầy đủ các tài nguyên của một quốc gia (kết quả là RDF)",
                        "Full descriptions of the resources of one country (the answer is RDF)",
                        prefixes + "CONSTRUCT { ?s ?p ?o }\nWHERE { ?s ngv:country <" + baseUri
                                + "def/scheme/country/JP> ; ?p ?o }\nLIMIT 500"));
    }

    private static String body(String baseUri, int resultLimit, Duration timeout) {
        StringBuilder out = new StringBuilder();
        out.append("<header>\n<h1>Điểm truy vấn SPARQL <span class=\"en\">(SPARQL endpoint)</span></h1>\n")
                .append("<p>Truy vấn dữ liệu mở đã công bố bằng SPARQL 1.1: SELECT, ASK, CONSTRUCT, DESCRIBE. ")
                .append("Đồ thị mặc định là hợp của mọi bộ dữ liệu; mỗi lần công bố là một đồ thị có tên. Chỉ đọc: ")
                .append("không nhận lệnh cập nhật, không gọi SERVICE. Mỗi truy vấn chạy tối đa ")
                .append(SparqlRoutes.seconds(timeout)).append(" giây và trả về tối đa ").append(resultLimit)
                .append(" dòng hoặc bộ ba.</p>\n")
                .append("<p class=\"en\" lang=\"en\">Query the published open data with SPARQL 1.1: SELECT, ASK, CONSTRUCT, ")
                .append("DESCRIBE. The default graph is the union of all datasets; each release is a named graph. Read-only: ")
                .append("no updates, no SERVICE. A query runs at most ").append(SparqlRoutes.seconds(timeout))
                .append(" s and returns at most ").append(resultLimit).append(" rows or triples. Clients use the SPARQL 1.1 ")
                .append("Protocol: <code>GET /sparql?query=…</code>, or <code>POST</code> with ")
                .append("<code>application/sparql-query</code> or a form; the format follows <code>Accept</code>.</p>\n")
                .append("</header>\n<section>\n<h2>Truy vấn <span class=\"en\">(query)</span></h2>\n")
                .append(form("", "SELECT * WHERE { ?s ?p ?o } LIMIT 10", 8))
                .append("</section>\n<section>\n<h2>Ví dụ <span class=\"en\">(examples)</span></h2>\n");
        for (Example example : examples(baseUri)) {
            out.append("<h3>").append(Html.escape(example.titleVi())).append(" <span class=\"en\" lang=\"en\">(")
                    .append(Html.escape(example.titleEn())).append(")</span></h3>\n")
                    .append(form(example.titleEn(), example.query(), (int) example.query().lines().count() + 1));
        }
        out.append("</section>\n<section>\n<h2>Định dạng kết quả <span class=\"en\">(formats)</span></h2>\n<table>\n")
                .append("<tr><th>Truy vấn (query)</th><th>Accept</th><th>format=</th></tr>\n");
        for (SparqlFormat format : SparqlFormat.values()) {
            out.append("<tr><td>").append(format.resultsLang() != null ? "SELECT, ASK" : "CONSTRUCT, DESCRIBE")
                    .append("</td><td><code>").append(Html.escape(format.mediaType())).append("</code></td><td><code>")
                    .append(Html.escape(format.formatName())).append("</code></td></tr>\n");
        }
        return out.append("</table>\n</section>\n").toString();
    }

    /** A form that runs {@code query} with GET, the answer's format chosen by the caller. */
    private static String form(String label, String query, int rows) {
        StringBuilder out = new StringBuilder("<form method=\"get\" action=\"/sparql\">\n<textarea name=\"query\" rows=\"")
                .append(rows).append("\" cols=\"80\" aria-label=\"").append(Html.escape(label.isEmpty() ? "SPARQL" : label))
                .append("\">").append(Html.escape(query)).append("</textarea>\n<p><select name=\"format\" aria-label=\"format\">")
                .append("<option value=\"\">tự động (automatic)</option>");
        for (SparqlFormat format : SparqlFormat.values()) {
            out.append("<option value=\"").append(Html.escape(format.formatName())).append("\">")
                    .append(Html.escape(format.mediaType())).append("</option>");
        }
        return out.append("</select> <button type=\"submit\">Chạy (run)</button></p>\n</form>\n").toString();
    }
}
