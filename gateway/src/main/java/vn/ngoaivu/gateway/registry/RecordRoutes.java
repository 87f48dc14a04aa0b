package vn.ngoaivu.gateway.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderNames;
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
import vn.ngoaivu.ontology.CodeLists;
import vn.ngoaivu.ontology.Scheme;
import vn.ngoaivu.registry.document.DocumentReference;
import vn.ngoaivu.registry.document.DocumentReferences;
import vn.ngoaivu.registry.dossier.DossierLink;
import vn.ngoaivu.registry.dossier.DossierLinks;
import vn.ngoaivu.registry.record.FieldSpec;
import vn.ngoaivu.registry.record.ForeignAffairsRecord;
import vn.ngoaivu.registry.record.RecordJson;
import vn.ngoaivu.registry.record.RecordKind;
import vn.ngoaivu.registry.record.RecordPage;
import vn.ngoaivu.registry.record.RecordQuery;
import vn.ngoaivu.registry.record.RecordSearch;
import vn.ngoaivu.registry.record.RecordService;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * {@code /api/v1/records}: the department's foreign-affairs records. Staff read everything; partners with
 * {@code records:read} read live records without their personal fields. Officers change their own unit's records
 * with the ETag they read (If-Match); status changes follow each kind's workflow; every change is audited.
 */
public final class RecordRoutes {

    static final String BASE = "/api/v1/records";
    private static final Access READ = Access.staff().orPartnerWith("records:read");

    private final RecordService records;
    private final RecordSearch search;
    private final DocumentReferences documents;
    private final DossierLinks dossiers;
    private final CodeLists codes;
    private final JsonBodies json;

    public RecordRoutes(RecordService records, RecordSearch search, DocumentReferences documents, DossierLinks dossiers,
                        CodeLists codes, JsonBodies json) {
        this.dossiers = dossiers;
        this.records = records;
        this.search = search;
        this.documents = documents;
        this.codes = codes;
        this.json = json;
    }

    public List<Endpoint> endpoints() {
        return List.of(
                Endpoint.get(BASE, READ, RegistryProblems.guarded(this::list)),
                Endpoint.get(BASE + "/kinds", READ, RegistryProblems.guarded(this::kinds)),
                Endpoint.get(BASE + "/search", READ, RegistryProblems.guarded(this::search)),
                Endpoint.withJsonBody(Method.POST, BASE, Access.ownUnitOfficer(), RegistryProblems.guarded(this::create)),
                Endpoint.get(BASE + "/{id}", READ, RegistryProblems.guarded(this::read)),
                Endpoint.withJsonBody(Method.PUT, BASE + "/{id}", Access.ownUnitOfficer(), RegistryProblems.guarded(this::replace)),
                Endpoint.withJsonBody(Method.PATCH, BASE + "/{id}", Access.ownUnitOfficer(), RegistryProblems.guarded(this::patch)),
                Endpoint.delete(BASE + "/{id}", Access.ownUnitOfficer(), RegistryProblems.guarded(this::delete)),
                new Endpoint(Method.POST, BASE + "/{id}/restore", Access.ownUnitOfficer(), Optional.empty(),
                        RegistryProblems.guarded(this::restore)),
                Endpoint.withJsonBody(Method.POST, BASE + "/{id}/transitions", Access.ownUnitOfficer(),
                        RegistryProblems.guarded(this::transition)),
                Endpoint.get(BASE + "/{id}/history", Access.staff(), RegistryProblems.guarded(this::history)));
    }

    private void list(ServerRequest req, ServerResponse res) {
        boolean partner = RegistryCallers.isPartnerView(Callers.of(req));
        QueryParameters params = new QueryParameters(req);
        Optional<RecordKind> kind = params.text("kind", 40).map(code -> RecordKind.byCode(code).orElseThrow(() ->
                invalid("kind", "Loại hồ sơ không có trong danh mục (def/scheme/record-kind).", "Unknown record kind (see def/scheme/record-kind).")));
        RecordQuery query = new RecordQuery(kind, params.text("unit", 50), params.text("status", 30), params.text("country", 2),
                !partner && "true".equals(params.text("include-deleted", 5).orElse("false")),
                params.text("after", 200), params.integer("limit", 50, 1, RecordQuery.MAX_LIMIT));
        params.requireValid();
        RecordPage page = records.list(query);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("items", trees(page.items(), !partner));
        page.next().ifPresent(cursor -> body.put("next", params.linkWith(BASE, "after", cursor)));
        json.send(res, Status.OK_200, body);
    }

    /** Full-text search with filters and counts; partners get the same records without personal fields. */
    private void search(ServerRequest req, ServerResponse res) {
        boolean partner = RegistryCallers.isPartnerView(Callers.of(req));
        QueryParameters params = new QueryParameters(req);
        Optional<RecordKind> kind = params.text("kind", 40).map(code -> RecordKind.byCode(code).orElseThrow(() ->
                invalid("kind", "Loại hồ sơ không có trong danh mục (def/scheme/record-kind).", "Unknown record kind (see def/scheme/record-kind).")));
        RecordSearch.Request request = new RecordSearch.Request(params.text("q", RecordSearch.MAX_TEXT_LENGTH), kind,
                params.text("status", 30), params.text("unit", 50), params.text("country", 2), params.date("from"),
                params.date("to"),
                RecordSearch.Sort.valueOf(params.oneOf("sort", "relevance", java.util.Set.of("relevance", "updated", "start"))
                        .toUpperCase(java.util.Locale.ROOT)),
                params.integer("page", 1, 1, 10_000), params.integer("size", 20, 1, RecordSearch.MAX_SIZE));
        params.requireValid();
        RecordSearch.Result result = search.search(request);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("total", result.total());
        body.set("items", trees(result.hits(), !partner));
        ObjectNode facets = body.putObject("facets");
        result.facets().forEach((name, counts) -> {
            ArrayNode values = facets.putArray(name);
            counts.forEach((value, count) -> values.addObject().put("value", value).put("count", count));
        });
        json.send(res, Status.OK_200, body);
    }

    /** The kinds, their fields and workflows: what a form or a spreadsheet template is built from. */
    private void kinds(ServerRequest req, ServerResponse res) {
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        for (RecordKind kind : RecordKind.values()) {
            ObjectNode item = items.addObject();
            item.put("code", kind.code());
            codes.concept(Scheme.RECORD_KIND, kind.code()).ifPresent(c ->
                    item.putObject("label").put("vi", c.labelVi()).put("en", c.labelEn()));
            item.put("countriesRequired", kind.countriesRequired());
            item.put("startDateRequired", kind.datesRequired());
            ArrayNode fields = item.putArray("fields");
            for (FieldSpec f : kind.fields()) {
                ObjectNode field = fields.addObject().put("name", f.name()).put("type", f.type().name().toLowerCase(java.util.Locale.ROOT))
                        .put("required", f.required()).put("personal", f.personal());
                field.putObject("label").put("vi", f.labelVi()).put("en", f.labelEn());
                if (!f.choices().isEmpty()) {
                    f.choices().forEach(field.putArray("choices")::add);
                }
                f.recordKind().ifPresent(k -> field.put("recordKind", k.code()));
            }
            ObjectNode workflow = item.putObject("workflow");
            workflow.put("initial", "draft");
            ObjectNode moves = workflow.putObject("transitions");
            kind.workflow().statuses().stream().sorted().forEach(status ->
                    kind.workflow().next(status).forEach(moves.withArray(status)::add));
        }
        json.send(res, Status.OK_200, Map.of("items", items));
    }

    private void create(ServerRequest req, ServerResponse res) {
        JsonNode body = json.read(req);
        RecordKind kind = RecordKind.byCode(body.path("kind").asText("")).orElseThrow(() -> new ProblemException(Problem.of(
                ProblemType.VALIDATION_FAILED, "Cần loại hồ sơ (kind) trong danh mục def/scheme/record-kind.",
                "The record kind (kind) is required, from def/scheme/record-kind.")));
        String unit = Optional.ofNullable(body.get("owningUnit")).filter(JsonNode::isTextual).map(JsonNode::asText)
                .or(() -> Callers.of(req).unit())
                .orElseThrow(() -> new ProblemException(Problem.of(ProblemType.VALIDATION_FAILED,
                        "Cần ghi rõ phòng quản lý hồ sơ (owningUnit).", "The owning unit (owningUnit) is required.")));
        Optional<String> status = Optional.ofNullable(body.get("status")).filter(JsonNode::isTextual).map(JsonNode::asText);
        ForeignAffairsRecord created = records.create(kind, RecordJson.content(body), status, unit, RegistryCallers.actor(req));
        res.header(HeaderNames.LOCATION, BASE + "/" + created.id());
        send(res, Status.CREATED_201, created, true);
    }

    private void read(ServerRequest req, ServerResponse res) {
        ForeignAffairsRecord record = records.find(id(req)).orElseThrow(RecordRoutes::notFound);
        boolean partner = RegistryCallers.isPartnerView(Callers.of(req));
        if (partner && record.deleted()) {
            throw notFound();
        }
        send(res, Status.OK_200, record, !partner);
    }

    private void replace(ServerRequest req, ServerResponse res) {
        UUID id = id(req);
        long version = expectedVersion(req, id);
        send(res, Status.OK_200, records.update(id, version, RecordJson.content(json.read(req)), RegistryCallers.actor(req)), true);
    }

    /** RFC 7396 merge patch of the record's JSON form. */
    private void patch(ServerRequest req, ServerResponse res) {
        UUID id = id(req);
        long version = expectedVersion(req, id);
        ForeignAffairsRecord current = records.find(id).orElseThrow(RecordRoutes::notFound);
        JsonNode merged = JsonMergePatch.apply(tree(current, true), json.read(req));
        send(res, Status.OK_200, records.update(id, version, RecordJson.content(merged), RegistryCallers.actor(req)), true);
    }

    private void delete(ServerRequest req, ServerResponse res) {
        UUID id = id(req);
        send(res, Status.OK_200, records.delete(id, expectedVersion(req, id), RegistryCallers.actor(req)), true);
    }

    private void restore(ServerRequest req, ServerResponse res) {
        UUID id = id(req);
        send(res, Status.OK_200, records.restore(id, expectedVersion(req, id), RegistryCallers.actor(req)), true);
    }

    /** {@code {"to": "approved", "note": "..."}}: moves the record along its workflow. */
    private void transition(ServerRequest req, ServerResponse res) {
        UUID id = id(req);
        long version = expectedVersion(req, id);
        JsonNode body = json.read(req);
        String to = body.path("to").asText("");
        if (to.isEmpty()) {
            throw new ProblemException(Problem.of(ProblemType.VALIDATION_FAILED, "Cần trạng thái đích (to).", "The target status (to) is required."));
        }
        Optional<String> note = Optional.ofNullable(body.get("note")).filter(JsonNode::isTextual).map(JsonNode::asText);
        send(res, Status.OK_200, records.transition(id, version, to, note, RegistryCallers.actor(req)), true);
    }

    private void history(ServerRequest req, ServerResponse res) {
        json.send(res, Status.OK_200, AuditJson.history(records.history(id(req), Callers.of(req).has(Role.ADMIN))));
    }

    private void send(ServerResponse res, Status status, ForeignAffairsRecord record, boolean personal) {
        res.header(HeaderNames.ETAG, Etags.of(record.version()));
        json.send(res, status, tree(record, personal));
    }

    private ObjectNode tree(ForeignAffairsRecord record, boolean personal) {
        return (ObjectNode) trees(List.of(record), personal).get(0);
    }

    /** Records as JSON, with their cited documents and dossiers read in one query each. */
    private ArrayNode trees(List<ForeignAffairsRecord> list, boolean personal) {
        Map<UUID, DocumentReference> refs = documents.byIds(list.stream()
                .flatMap(r -> r.documents().stream().map(ForeignAffairsRecord.Cited::documentId)).distinct().toList());
        Map<String, DossierLink> links = dossiers.byCodes(list.stream()
                .flatMap(r -> r.content().dossierCode().stream()).distinct().toList());
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        list.forEach(r -> items.add(RecordJson.tree(r, refs, links, personal)));
        return items;
    }

    /** The If-Match version; {@code *} stands for the current one. */
    private long expectedVersion(ServerRequest req, UUID id) {
        OptionalLong version = Etags.requiredIfMatch(req);
        return version.isPresent() ? version.getAsLong() : records.find(id).orElseThrow(RecordRoutes::notFound).version();
    }

    private static UUID id(ServerRequest req) {
        return RegistryCallers.id(req, RecordRoutes::notFound);
    }

    private static ProblemException notFound() {
        return new ProblemException(Problem.of(ProblemType.NOT_FOUND, "Không tìm thấy hồ sơ ngoại vụ.", "No such record."));
    }

    private static ProblemException invalid(String parameter, String vi, String en) {
        return new ProblemException(new Problem(ProblemType.INVALID_PARAMETER, new vn.ngoaivu.gateway.http.Text(vi, en),
                List.of(new Problem.FieldError(parameter, "code", new vn.ngoaivu.gateway.http.Text(vi, en))), Map.of()));
    }
}
