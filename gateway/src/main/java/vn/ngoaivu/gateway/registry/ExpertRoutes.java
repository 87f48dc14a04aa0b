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
import vn.ngoaivu.gateway.http.RequestId;
import vn.ngoaivu.gateway.security.Access;
import vn.ngoaivu.gateway.security.Caller;
import vn.ngoaivu.gateway.security.Callers;
import vn.ngoaivu.gateway.security.PersonalDataReads;
import vn.ngoaivu.gateway.security.Role;
import vn.ngoaivu.registry.audit.AuditRecord;
import vn.ngoaivu.registry.Actor;
import vn.ngoaivu.registry.expert.Consent;
import vn.ngoaivu.registry.expert.DuplicateCandidate;
import vn.ngoaivu.registry.expert.ConsentPurpose;
import vn.ngoaivu.registry.expert.Expert;
import vn.ngoaivu.registry.expert.ExpertJson;
import vn.ngoaivu.registry.expert.ExpertPage;
import vn.ngoaivu.registry.expert.ExpertProfile;
import vn.ngoaivu.registry.expert.ExpertQuery;
import vn.ngoaivu.registry.expert.ExpertService;
import vn.ngoaivu.registry.expert.ExpertViews;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code /api/v1/experts}: the registry of overseas experts. Staff read every field; partners with
 * {@code experts:read} see only experts who consented to partner sharing, and only the fields officers
 * opened to partners. Officers change their own unit's records; every change needs the ETag it was based
 * on (If-Match), and lands in the audit trail.
 */
public final class ExpertRoutes {

    static final String BASE = "/api/v1/experts";
    private static final Access READ = Access.staff().orPartnerWith("experts:read");

    private final ExpertService experts;
    private final PersonalDataReads reads;
    private final JsonBodies json;
    private final Runnable personLeftPublicData;

    /**
     * @param personLeftPublicData called after an expert is deleted or erased or withdraws consent to the public
     *                             directory: the open data about people is published again without them
     */
    public ExpertRoutes(ExpertService experts, PersonalDataReads reads, JsonBodies json, Runnable personLeftPublicData) {
        this.experts = experts;
        this.reads = reads;
        this.json = json;
        this.personLeftPublicData = personLeftPublicData;
    }

    public List<Endpoint> endpoints() {
        return List.of(
                Endpoint.get(BASE, READ, RegistryProblems.guarded(this::list)),
                Endpoint.get(BASE + "/duplicates", Access.staff(), RegistryProblems.guarded(this::duplicates)),
                Endpoint.withJsonBody(Method.POST, BASE, Access.ownUnitOfficer(), RegistryProblems.guarded(this::create)),
                Endpoint.get(BASE + "/{id}", READ, RegistryProblems.guarded(this::read)),
                Endpoint.withJsonBody(Method.PUT, BASE + "/{id}", Access.ownUnitOfficer(), RegistryProblems.guarded(this::replace)),
                Endpoint.withJsonBody(Method.PATCH, BASE + "/{id}", Access.ownUnitOfficer(), RegistryProblems.guarded(this::patch)),
                Endpoint.delete(BASE + "/{id}", Access.ownUnitOfficer(), RegistryProblems.guarded(this::delete)),
                new Endpoint(Method.POST, BASE + "/{id}/restore", Access.ownUnitOfficer(), Optional.empty(),
                        RegistryProblems.guarded(this::restore)),
                Endpoint.get(BASE + "/{id}/history", Access.staff(), RegistryProblems.guarded(this::history)),
                Endpoint.withJsonBody(Method.POST, BASE + "/{id}/merge", Access.ownUnitOfficer(), RegistryProblems.guarded(this::merge)),
                new Endpoint(Method.POST, BASE + "/{id}/merges/{mergeId}/undo", Access.ownUnitOfficer(), Optional.empty(),
                        RegistryProblems.guarded(this::undoMerge)),
                Endpoint.get(BASE + "/{id}/subject-data", Access.ownUnitOfficer(), RegistryProblems.guarded(this::subjectData)),
                new Endpoint(Method.POST, BASE + "/{id}/erase", Access.only(Role.ADMIN), Optional.empty(),
                        RegistryProblems.guarded(this::erase)),
                Endpoint.get(BASE + "/{id}/consents", Access.staff(), RegistryProblems.guarded(this::consents)),
                Endpoint.withJsonBody(Method.POST, BASE + "/{id}/consents", Access.ownUnitOfficer(),
                        RegistryProblems.guarded(this::recordConsent)));
    }

    private void list(ServerRequest req, ServerResponse res) {
        Caller caller = Callers.of(req);
        boolean partner = RegistryCallers.isPartnerView(caller);
        QueryParameters params = new QueryParameters(req);
        ExpertQuery query = new ExpertQuery(params.text("country", 2), params.text("unit", 50), params.text("field", 10),
                params.text("status", 30), params.text("q", 200),
                !partner && "true".equals(params.text("include-deleted", 5).orElse("false")),
                partner ? Optional.of(ConsentPurpose.PARTNER_SHARING) : Optional.empty(),
                params.text("after", 200), params.integer("limit", 50, 1, ExpertQuery.MAX_LIMIT));
        params.requireValid();
        ExpertPage page = experts.list(query);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode items = body.putArray("items");
        for (Expert expert : page.items()) {
            if (partner) {
                reads.record(req, ExpertService.ENTITY_KIND, expert.id().toString(), "list");
                items.add(ExpertViews.shared(expert, experts.currentConsents(expert.id()), ExpertViews.Audience.PARTNERS));
            } else {
                items.add(ExpertViews.internal(expert));
            }
        }
        page.next().ifPresent(cursor -> body.put("next", params.linkWith(BASE, "after", cursor)));
        json.send(res, Status.OK_200, body);
    }

    private void create(ServerRequest req, ServerResponse res) {
        JsonNode body = json.read(req);
        Caller caller = Callers.of(req);
        String unit = Optional.ofNullable(body.get("owningUnit")).map(JsonNode::asText)
                .or(caller::unit)
                .orElseThrow(() -> new ProblemException(Problem.of(ProblemType.VALIDATION_FAILED,
                        "Cần ghi rõ phòng quản lý hồ sơ (owningUnit).", "The owning unit (owningUnit) is required.")));
        ObjectNode profile = body.isObject() ? ((ObjectNode) body).deepCopy() : JsonNodeFactory.instance.objectNode();
        profile.remove("owningUnit");
        Expert created = experts.create(ExpertJson.profile(profile), unit, RegistryCallers.actor(req));
        res.header(HeaderNames.LOCATION, BASE + "/" + created.id());
        sendExpert(res, Status.CREATED_201, created);
    }

    private void read(ServerRequest req, ServerResponse res) {
        UUID id = id(req);
        Expert expert = experts.find(id).orElseThrow(() -> notFound());
        Caller caller = Callers.of(req);
        if (RegistryCallers.isPartnerView(caller)) {
            Map<ConsentPurpose, Consent> consents = experts.currentConsents(id);
            Consent sharing = consents.get(ConsentPurpose.PARTNER_SHARING);
            if (expert.deleted() || sharing == null || !sharing.given()) {
                throw notFound();
            }
            reads.record(req, ExpertService.ENTITY_KIND, id.toString(), "read");
            json.send(res, Status.OK_200, ExpertViews.shared(expert, consents, ExpertViews.Audience.PARTNERS));
            return;
        }
        reads.record(req, ExpertService.ENTITY_KIND, id.toString(), "read");
        sendExpert(res, Status.OK_200, expert);
    }

    private void replace(ServerRequest req, ServerResponse res) {
        UUID id = id(req);
        long version = expectedVersion(req, id);
        ExpertProfile profile = ExpertJson.profile(json.read(req));
        sendExpert(res, Status.OK_200, experts.update(id, version, profile, RegistryCallers.actor(req)));
    }

    /** RFC 7396 JSON merge patch of the profile: members set replace, null members remove. */
    private void patch(ServerRequest req, ServerResponse res) {
        UUID id = id(req);
        long version = expectedVersion(req, id);
        JsonNode patch = json.read(req);
        Expert current = experts.find(id).orElseThrow(() -> notFound());
        JsonNode merged = JsonMergePatch.apply(ExpertJson.tree(current.profile()), patch);
        sendExpert(res, Status.OK_200, experts.update(id, version, ExpertJson.profile(merged), RegistryCallers.actor(req)));
    }

    private void delete(ServerRequest req, ServerResponse res) {
        UUID id = id(req);
        sendExpert(res, Status.OK_200, experts.delete(id, expectedVersion(req, id), RegistryCallers.actor(req)));
        personLeftPublicData.run();
    }

    private void restore(ServerRequest req, ServerResponse res) {
        UUID id = id(req);
        sendExpert(res, Status.OK_200, experts.restore(id, expectedVersion(req, id), RegistryCallers.actor(req)));
    }

    private void duplicates(ServerRequest req, ServerResponse res) {
        QueryParameters params = new QueryParameters(req);
        int limit = params.integer("limit", 50, 1, 500);
        params.requireValid();
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        for (DuplicateCandidate candidate : experts.duplicateCandidates(limit)) {
            ObjectNode item = items.addObject();
            item.putObject("first").put("id", candidate.first().toString()).put("fullName", candidate.firstName());
            item.putObject("second").put("id", candidate.second().toString()).put("fullName", candidate.secondName());
            ArrayNode reasons = item.putArray("reasons");
            candidate.reasons().forEach(reasons::add);
            item.put("nameSimilarity", Math.round(candidate.similarity() * 100) / 100.0);
        }
        json.send(res, Status.OK_200, Map.of("items", items));
    }

    /** Confirms a duplicate: {@code {"duplicate": "<id>"}} is folded into this profile; undoable. */
    private void merge(ServerRequest req, ServerResponse res) {
        UUID id = id(req);
        long version = expectedVersion(req, id);
        JsonNode body = json.read(req);
        UUID duplicate;
        try {
            duplicate = UUID.fromString(body.path("duplicate").asText(""));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.of(ProblemType.VALIDATION_FAILED,
                    "Cần mã (id) của hồ sơ trùng trong trường duplicate.", "The duplicate's id is required in the duplicate field."));
        }
        long mergeId = experts.merge(id, version, duplicate, RegistryCallers.actor(req));
        Expert kept = experts.find(id).orElseThrow(() -> notFound());
        res.header(HeaderNames.ETAG, Etags.of(kept.version()));
        ObjectNode answer = JsonNodeFactory.instance.objectNode().put("mergeId", mergeId);
        answer.set("expert", ExpertViews.internal(kept));
        json.send(res, Status.OK_200, answer);
    }

    private void undoMerge(ServerRequest req, ServerResponse res) {
        long mergeId;
        try {
            mergeId = Long.parseLong(req.path().pathParameters().get("mergeId"));
        } catch (NumberFormatException e) {
            throw notFound();
        }
        sendExpert(res, Status.OK_200, experts.undoMerge(id(req), mergeId, RegistryCallers.actor(req)));
    }

    private void history(ServerRequest req, ServerResponse res) {
        UUID id = id(req);
        experts.find(id).orElseThrow(() -> notFound());
        boolean withValues = Callers.of(req).has(Role.ADMIN);
        json.send(res, Status.OK_200, AuditJson.history(experts.history(id, withValues)));
    }

    /** Everything held about the person, as one JSON document they may receive (right of access). */
    private void subjectData(ServerRequest req, ServerResponse res) {
        UUID id = id(req);
        ExpertService.SubjectData data = experts.subjectData(id, RegistryCallers.actor(req));
        reads.record(req, ExpertService.ENTITY_KIND, id.toString(), "export");
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("record", ExpertViews.internal(data.expert()));
        ArrayNode consents = body.putArray("consents");
        data.consents().forEach(consent -> consents.add(consentJson(consent)));
        ArrayNode history = body.putArray("history");
        for (AuditRecord entry : data.history()) {
            ObjectNode item = history.addObject().put("at", entry.at().toString()).put("action", entry.action())
                    .put("actor", entry.actor());
            entry.changes().ifPresent(changes -> {
                ObjectNode values = item.putObject("changes");
                changes.forEach((field, change) -> values.put(field, change.after().orElse(null)));
            });
        }
        res.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"expert-" + id + ".json\"");
        json.send(res, Status.OK_200, body);
    }

    /** Irreversible: removes the person's data for good; the audit keeps that it happened. */
    private void erase(ServerRequest req, ServerResponse res) {
        Expert erased = experts.erase(id(req), RegistryCallers.actor(req));
        personLeftPublicData.run();
        json.send(res, Status.OK_200, Map.of("id", erased.id().toString(), "erased", true));
    }

    private void consents(ServerRequest req, ServerResponse res) {
        UUID id = id(req);
        experts.find(id).orElseThrow(() -> notFound());
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode current = body.putObject("current");
        Map<ConsentPurpose, Consent> now = experts.currentConsents(id);
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            Consent consent = now.get(purpose);
            current.put(purpose.code(), consent != null && consent.given());
        }
        ArrayNode ledger = body.putArray("ledger");
        for (Consent consent : experts.consentHistory(id)) {
            ledger.add(consentJson(consent));
        }
        json.send(res, Status.OK_200, body);
    }

    private void recordConsent(ServerRequest req, ServerResponse res) {
        UUID id = id(req);
        JsonNode body = json.read(req);
        ConsentPurpose purpose = ConsentPurpose.fromCode(body.path("purpose").asText("")).orElseThrow(() ->
                new ProblemException(Problem.of(ProblemType.VALIDATION_FAILED,
                        "Mục đích phải là một trong: " + purposes() + ".", "Purpose must be one of: " + purposes() + ".")));
        if (!body.path("given").isBoolean()) {
            throw new ProblemException(Problem.of(ProblemType.VALIDATION_FAILED,
                    "Cần ghi rõ đồng ý hay rút lại (given: true/false).", "State whether consent is given (given: true/false)."));
        }
        Consent consent = experts.recordConsent(id, purpose, body.path("given").asBoolean(),
                body.path("method").asText(""), body.path("textVersion").asText(""), RegistryCallers.actor(req));
        if (!consent.given() && consent.purpose() == ConsentPurpose.PUBLIC_DIRECTORY) {
            personLeftPublicData.run();
        }
        json.send(res, Status.CREATED_201, consentJson(consent));
    }

    private static ObjectNode consentJson(Consent consent) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("purpose", consent.purpose().code());
        node.put("given", consent.given());
        node.put("recordedAt", consent.recordedAt().toString());
        node.put("method", consent.method());
        node.put("textVersion", consent.textVersion());
        node.put("recordedBy", consent.recordedBy());
        return node;
    }

    private static String purposes() {
        return java.util.Arrays.stream(ConsentPurpose.values()).map(ConsentPurpose::code).collect(Collectors.joining(", "));
    }

    private void sendExpert(ServerResponse res, Status status, Expert expert) {
        res.header(HeaderNames.ETAG, Etags.of(expert.version()));
        json.send(res, status, ExpertViews.internal(expert));
    }

    /** The If-Match version; {@code *} stands for the current one. */
    private long expectedVersion(ServerRequest req, UUID id) {
        OptionalLong version = Etags.requiredIfMatch(req);
        return version.isPresent() ? version.getAsLong() : experts.find(id).orElseThrow(() -> notFound()).version();
    }

    private static UUID id(ServerRequest req) {
        return RegistryCallers.id(req, ExpertRoutes::notFound);
    }

    private static ProblemException notFound() {
        return new ProblemException(Problem.of(ProblemType.NOT_FOUND, "Không tìm thấy hồ sơ chuyên gia.", "No such expert."));
    }
}
