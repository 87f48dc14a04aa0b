package vn.ngoaivu.gateway.opendata;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import vn.ngoaivu.gateway.http.Endpoint;
import vn.ngoaivu.gateway.http.Problem;
import vn.ngoaivu.gateway.http.ProblemException;
import vn.ngoaivu.gateway.http.ProblemType;
import vn.ngoaivu.gateway.linkeddata.RdfResponses;
import vn.ngoaivu.gateway.security.Access;
import vn.ngoaivu.ontology.Html;
import vn.ngoaivu.opendata.publish.OpenData;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Linked Data for published resources: {@code /id/...} names a thing (a conference, an NGO, a dataset) and answers
 * 303 See Other to {@code /doc/...}, the document about it, served in every RDF format and HTML by content
 * negotiation. A resource no published release (nor the catalog) describes — unpublished, or an expert without
 * consent — is 404: the document is made only of what was published.
 */
public final class ResourceRoutes {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._~-]{1,100}");

    private final OpenData openData;
    private final String baseUri;

    public ResourceRoutes(OpenData openData, String baseUri) {
        this.openData = openData;
        this.baseUri = baseUri;
    }

    public List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (String path : List.of("/{a}", "/{a}/{b}", "/{a}/{b}/{c}")) {
            endpoints.add(Endpoint.get("/id" + path, Access.anyone(), this::seeOther));
            endpoints.add(Endpoint.get("/doc" + path, Access.anyone(), this::document));
        }
        return endpoints;
    }

    private void seeOther(ServerRequest req, ServerResponse res) {
        String path = path(req, "/id/");
        res.status(Status.SEE_OTHER_303);
        res.header(HeaderNames.LOCATION, "/doc/" + path);
        res.header(HeaderNames.VARY, "Accept");
        res.send();
    }

    private void document(ServerRequest req, ServerResponse res) {
        String iri = baseUri + "id/" + path(req, "/doc/");
        Model model = describe(iri);
        if (model.isEmpty()) {
            throw notFound();
        }
        RdfResponses.send(req, res, model, () -> html(iri, model));
    }

    /** From the catalog for the catalog and its datasets, else from the published releases; with blank nodes' closure. */
    private Model describe(String iri) {
        Model catalog = openData.catalog();
        Resource subject = catalog.createResource(iri);
        if (catalog.contains(subject, null)) {
            Model out = ModelFactory.createDefaultModel();
            addClosure(catalog, subject, out);
            return out;
        }
        return openData.describe(iri);
    }

    private static void addClosure(Model from, Resource subject, Model out) {
        for (Statement s : from.listStatements(subject, null, (RDFNode) null).toList()) {
            out.add(s);
            if (s.getObject().isAnon() && !out.contains(s.getObject().asResource(), null)) {
                addClosure(from, s.getObject().asResource(), out);
            }
        }
    }

    private String path(ServerRequest req, String prefix) {
        String path = req.path().path().substring(prefix.length());
        for (String segment : path.split("/")) {
            if (!SEGMENT.matcher(segment).matches()) {
                throw notFound();
            }
        }
        return path;
    }

    private static String html(String iri, Model model) {
        StringBuilder rows = new StringBuilder();
        for (Statement s : model.listStatements(model.createResource(iri), null, (RDFNode) null).toList()) {
            RDFNode o = s.getObject();
            String value = o.isURIResource() ? "<a href=\"" + Html.escape(o.asResource().getURI()) + "\">"
                    + Html.escape(o.asResource().getURI()) + "</a>"
                    : o.isLiteral() ? Html.escape(o.asLiteral().getLexicalForm())
                    + (o.asLiteral().getLanguage().isEmpty() ? "" : " <span class=\"en\">@" + Html.escape(o.asLiteral().getLanguage()) + "</span>")
                    : "[…]";
            rows.append("<tr><td><code>").append(Html.escape(s.getPredicate().getURI())).append("</code></td><td>")
                    .append(value).append("</td></tr>\n");
        }
        return Html.page(iri, "<h1><code>" + Html.escape(iri) + "</code></h1>\n"
                + "<p>Tài liệu dữ liệu liên kết / Linked Data document: <a href=\"?format=ttl\">Turtle</a>, "
                + "<a href=\"?format=jsonld\">JSON-LD</a>, <a href=\"?format=rdf\">RDF/XML</a>, <a href=\"?format=nt\">N-Triples</a></p>\n"
                + "<table>\n<tr><th>Thuộc tính / property</th><th>Giá trị / value</th></tr>\n" + rows + "</table>\n");
    }

    private static ProblemException notFound() {
        return new ProblemException(Problem.of(ProblemType.NOT_FOUND,
                "Không có tài nguyên đã công bố với định danh này.", "No published resource has this identifier."));
    }
}
