package vn.ngoaivu.registry.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.ngoaivu.registry.FieldProblem;
import vn.ngoaivu.registry.InvalidFieldsException;
import vn.ngoaivu.registry.document.DocumentCitation;
import vn.ngoaivu.registry.document.DocumentReference;
import vn.ngoaivu.registry.dossier.DossierLink;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A record's JSON form, the same for reading and writing: what a client reads it may send back (read-only members
 * such as {@code id}, {@code status} or a document's link state are ignored on input).
 */
public final class RecordJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RecordJson() {
    }

    /** The content of a request body; every type problem is reported at once. */
    public static RecordContent content(JsonNode body) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!body.isObject()) {
            throw new InvalidFieldsException(List.of(new FieldProblem("", "type", "Nội dung phải là một đối tượng JSON.",
                    "The body must be a JSON object.")));
        }
        Reader in = new Reader(problems);
        Optional<String> title = in.text(body, "title");
        if (title.isEmpty()) {
            problems.add(new FieldProblem("/title", "required", "Cần tiêu đề.", "The title is required."));
        }
        List<String> countries = in.texts(body, "countries", "");
        JsonNode details = body.path("details");
        if (!details.isMissingNode() && !details.isNull() && !details.isObject()) {
            problems.add(new FieldProblem("/details", "type", "details phải là một đối tượng JSON.", "details must be a JSON object."));
        }
        List<DocumentCitation> documents = new ArrayList<>();
        JsonNode docs = body.path("documents");
        if (docs.isArray()) {
            for (int i = 0; i < docs.size(); i++) {
                citation(in, docs.get(i), "/documents/" + i).ifPresent(documents::add);
            }
        } else if (!docs.isMissingNode() && !docs.isNull()) {
            problems.add(new FieldProblem("/documents", "type", "documents phải là một danh sách.", "documents must be a list."));
        }
        RecordContent content = new RecordContent(in.text(body, "externalKey"), title.orElse(""), in.text(body, "summary"),
                countries, in.date(body, "startDate", ""), in.date(body, "endDate", ""),
                details.isObject() ? (ObjectNode) details : NODES.objectNode(), documents, in.text(body, "dossierCode"));
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return content;
    }

    private static Optional<DocumentCitation> citation(Reader in, JsonNode node, String pointer) {
        if (!node.isObject()) {
            in.problems.add(new FieldProblem(pointer, "type", "Mỗi văn bản là một đối tượng JSON.", "Each document is a JSON object."));
            return Optional.empty();
        }
        Optional<String> role = in.text(node, pointer, "role");
        Optional<String> agency = in.text(node, pointer, "agencyCode");
        Optional<String> numberSymbol = in.text(node, pointer, "numberSymbol");
        Optional<LocalDate> issueDate = in.date(node, "issueDate", pointer);
        for (var required : Map.of("role", role, "agencyCode", agency, "numberSymbol", numberSymbol).entrySet()) {
            if (required.getValue().isEmpty()) {
                in.problems.add(new FieldProblem(pointer + "/" + required.getKey(), "required", "Bắt buộc.", "Required."));
            }
        }
        if (issueDate.isEmpty() && node.path("issueDate").isMissingNode()) {
            in.problems.add(new FieldProblem(pointer + "/issueDate", "required", "Cần ngày ban hành.", "The issue date is required."));
        }
        if (role.isEmpty() || agency.isEmpty() || numberSymbol.isEmpty() || issueDate.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DocumentCitation(role.get(), agency.get(), in.text(node, pointer, "agencyName"), numberSymbol.get(),
                issueDate.get(), in.text(node, pointer, "documentType"), in.text(node, pointer, "abstract"), in.text(node, pointer, "signerName"),
                in.text(node, pointer, "signerPosition")));
    }

    /**
     * The record as JSON. {@code personal} decides whether the kind's personal fields (a consular applicant's) are
     * included: for staff only.
     */
    public static ObjectNode tree(ForeignAffairsRecord r, Map<UUID, DocumentReference> references,
                                  Map<String, DossierLink> dossiers, boolean personal) {
        ObjectNode out = NODES.objectNode();
        out.put("id", r.id().toString());
        out.put("kind", r.kind().code());
        out.put("status", r.status());
        ArrayNode next = out.putArray("nextStatuses");
        r.nextStatuses().forEach(next::add);
        out.put("owningUnit", r.owningUnit());
        RecordContent c = r.content();
        c.externalKey().ifPresent(v -> out.put("externalKey", v));
        out.put("title", c.title());
        c.summary().ifPresent(v -> out.put("summary", v));
        ArrayNode countries = out.putArray("countries");
        c.countries().forEach(countries::add);
        c.startDate().ifPresent(v -> out.put("startDate", v.toString()));
        c.endDate().ifPresent(v -> out.put("endDate", v.toString()));
        ObjectNode details = out.putObject("details");
        for (FieldSpec field : r.kind().fields()) {
            if (c.details().has(field.name()) && (personal || !field.personal())) {
                details.set(field.name(), c.details().get(field.name()));
            }
        }
        ArrayNode documents = out.putArray("documents");
        for (ForeignAffairsRecord.Cited cited : r.documents()) {
            DocumentReference ref = references.get(cited.documentId());
            if (ref != null) {
                documents.add(document(ref, personal).put("role", cited.role()));
            }
        }
        c.dossierCode().ifPresent(v -> out.put("dossierCode", v));
        c.dossierCode().map(dossiers::get).ifPresent(d -> out.set("dossier", dossier(d, personal)));
        out.put("version", r.version());
        out.put("createdAt", r.createdAt().toString());
        out.put("updatedAt", r.updatedAt().toString());
        if (personal) {
            out.put("createdBy", r.createdBy());
            out.put("updatedBy", r.updatedBy());
        }
        out.put("deleted", r.deleted());
        return out;
    }

    /**
     * A document reference as JSON: the citation's members first, then what the document system and the check told.
     * {@code staff}: with the link's attempts and last error, which are internal (they name systems and faults).
     */
    public static ObjectNode document(DocumentReference d, boolean staff) {
        ObjectNode out = NODES.objectNode();
        out.put("id", d.id().toString());
        out.put("agencyCode", d.agencyCode());
        d.agencyName().ifPresent(v -> out.put("agencyName", v));
        out.put("numberSymbol", d.numberSymbol());
        out.put("issueDate", d.issueDate().toString());
        out.put("documentType", d.documentType());
        d.abstractText().ifPresent(v -> out.put("abstract", v));
        d.signerName().ifPresent(v -> out.put("signerName", v));
        d.signerPosition().ifPresent(v -> out.put("signerPosition", v));
        out.put("exchangeId", d.exchangeId());
        d.sha256().ifPresent(v -> out.put("sha256", v));
        out.put("status", d.status());
        d.replacedBy().ifPresent(v -> out.put("replacedBy", v));
        ObjectNode link = out.putObject("link");
        link.put("state", d.linkState());
        if (staff) {
            link.put("attempts", d.linkAttempts());
            d.lastError().ifPresent(v -> link.put("lastError", v));
        }
        d.linkedAt().ifPresent(v -> link.put("linkedAt", v.toString()));
        d.signature().ifPresent(s -> {
            ObjectNode sig = out.putObject("signature");
            sig.put("outcome", s.outcome());
            s.signer().ifPresent(v -> sig.put("signer", v));
            s.certificateSerial().ifPresent(v -> sig.put("certificateSerial", v));
            s.signedAt().ifPresent(v -> sig.put("signedAt", v.toString()));
            sig.put("checkedAt", s.checkedAt().toString());
        });
        return out;
    }

    /** The dossier as the portal last described it, and the state of the link. */
    static ObjectNode dossier(DossierLink d, boolean staff) {
        ObjectNode out = NODES.objectNode();
        d.procedureCode().ifPresent(v -> out.put("procedureCode", v));
        d.procedureName().ifPresent(v -> out.put("procedureName", v));
        d.state().ifPresent(v -> out.put("status", v));
        d.receivedAt().ifPresent(v -> out.put("receivedAt", v.toString()));
        d.dueAt().ifPresent(v -> out.put("dueAt", v.toString()));
        d.completedAt().ifPresent(v -> out.put("completedAt", v.toString()));
        d.portalUpdatedAt().ifPresent(v -> out.put("updatedAt", v.toString()));
        ObjectNode link = out.putObject("link");
        link.put("state", d.linkState());
        if (staff) {
            link.put("attempts", d.linkAttempts());
            d.lastError().ifPresent(v -> link.put("lastError", v));
        }
        d.syncedAt().ifPresent(v -> link.put("syncedAt", v.toString()));
        return out;
    }

    /** Reads members leniently, reporting wrong types instead of failing on the first. */
    private static final class Reader {
        final List<FieldProblem> problems;

        Reader(List<FieldProblem> problems) {
            this.problems = problems;
        }

        Optional<String> text(JsonNode node, String name) {
            return text(node, "", name);
        }

        Optional<String> text(JsonNode node, String prefix, String name) {
            JsonNode value = node.path(name);
            if (value.isMissingNode() || value.isNull()) {
                return Optional.empty();
            }
            if (!value.isTextual()) {
                problems.add(new FieldProblem(prefix + "/" + name, "type", name + " phải là chuỗi.", name + " must be a string."));
                return Optional.empty();
            }
            return Optional.of(value.asText());
        }

        List<String> texts(JsonNode node, String name, String prefix) {
            JsonNode value = node.path(name);
            List<String> out = new ArrayList<>();
            if (value.isMissingNode() || value.isNull()) {
                return out;
            }
            if (!value.isArray()) {
                problems.add(new FieldProblem(prefix + "/" + name, "type", name + " phải là danh sách chuỗi.", name + " must be a list of strings."));
                return out;
            }
            value.forEach(item -> out.add(item.asText()));
            return out;
        }

        Optional<LocalDate> date(JsonNode node, String name, String prefix) {
            JsonNode value = node.path(name);
            if (value.isMissingNode() || value.isNull()) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.parse(value.asText()));
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(prefix + "/" + name, "format", "Ngày dạng YYYY-MM-DD.", "A date as YYYY-MM-DD."));
                return Optional.empty();
            }
        }
    }
}
