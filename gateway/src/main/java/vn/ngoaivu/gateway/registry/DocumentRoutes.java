package vn.ngoaivu.gateway.registry;

import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import vn.ngoaivu.gateway.http.Endpoint;
import vn.ngoaivu.gateway.http.JsonBodies;
import vn.ngoaivu.gateway.http.Problem;
import vn.ngoaivu.gateway.http.ProblemException;
import vn.ngoaivu.gateway.http.ProblemType;
import vn.ngoaivu.gateway.http.QueryParameters;
import vn.ngoaivu.gateway.security.Access;
import vn.ngoaivu.gateway.security.Callers;
import vn.ngoaivu.gateway.security.Role;
import vn.ngoaivu.registry.document.DocumentNumber;
import vn.ngoaivu.registry.document.DocumentReferences;
import vn.ngoaivu.registry.record.RecordJson;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * {@code /api/v1/documents}: the signed documents records cite, with their state in the document system and the
 * evidence of their signature check. References are created by citing a document in a record, not here.
 */
public final class DocumentRoutes {

    static final String BASE = "/api/v1/documents";
    private static final Access READ = Access.staff().orPartnerWith("records:read");

    private final DocumentReferences documents;
    private final JsonBodies json;

    public DocumentRoutes(DocumentReferences documents, JsonBodies json) {
        this.documents = documents;
        this.json = json;
    }

    public List<Endpoint> endpoints() {
        return List.of(
                Endpoint.get(BASE, READ, RegistryProblems.guarded(this::list)),
                Endpoint.get(BASE + "/{id}", READ, RegistryProblems.guarded(this::read)),
                new Endpoint(Method.POST, BASE + "/{id}/signature-check", Access.only(Role.OFFICER, Role.ADMIN),
                        Optional.empty(), RegistryProblems.guarded(this::recheck)));
    }

    /**
     * The references, newest first: all of them, or one document ({@code agencyCode}, {@code numberSymbol},
     * {@code year}), or those in a link state ({@code link-state=pending}) or status ({@code status=revoked}).
     */
    private void list(ServerRequest req, ServerResponse res) {
        QueryParameters params = new QueryParameters(req);
        Optional<DocumentNumber> number = params.text("numberSymbol", 100).map(text -> DocumentNumber.parse(text).orElseThrow(() ->
                invalid("Số, ký hiệu có dạng 600/KH-SNgV.", "The number and symbol look like 600/KH-SNgV.")));
        DocumentReferences.Filter filter = new DocumentReferences.Filter(params.text("agencyCode", 20), number,
                params.longValue("year").map(Long::intValue),
                Optional.of(params.oneOf("link-state", "", Set.of("", "pending", "linked", "not-found"))).filter(v -> !v.isEmpty()),
                Optional.of(params.oneOf("status", "", Set.of("", "valid", "replaced", "revoked"))).filter(v -> !v.isEmpty()),
                params.text("after", 200), params.integer("limit", 50, 1, 200));
        params.requireValid();
        DocumentReferences.Page page = documents.list(filter);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode items = body.putArray("items");
        boolean staff = !RegistryCallers.isPartnerView(Callers.of(req));
        page.items().forEach(d -> items.add(RecordJson.document(d, staff)));
        page.next().ifPresent(cursor -> body.put("next", params.linkWith(BASE, "after", cursor)));
        json.send(res, Status.OK_200, body);
    }

    private void read(ServerRequest req, ServerResponse res) {
        json.send(res, Status.OK_200, RecordJson.document(
                documents.find(RegistryCallers.id(req, DocumentRoutes::notFound)).orElseThrow(DocumentRoutes::notFound),
                !RegistryCallers.isPartnerView(Callers.of(req))));
    }

    /** Asks for the signed file to be fetched and its signatures checked again; the link job does it (202). */
    private void recheck(ServerRequest req, ServerResponse res) {
        json.send(res, Status.ACCEPTED_202, RecordJson.document(
                documents.requestRecheck(RegistryCallers.id(req, DocumentRoutes::notFound)), true));
    }

    private static ProblemException notFound() {
        return new ProblemException(Problem.of(ProblemType.NOT_FOUND, "Không tìm thấy văn bản.", "No such document."));
    }

    private static ProblemException invalid(String vi, String en) {
        return new ProblemException(Problem.of(ProblemType.INVALID_PARAMETER, vi, en));
    }
}
