package vn.ngoaivu.gateway.opendata;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import vn.ngoaivu.gateway.http.Endpoint;
import vn.ngoaivu.gateway.http.JsonBodies;
import vn.ngoaivu.gateway.security.Access;
import vn.ngoaivu.ontology.CodeLists;
import vn.ngoaivu.opendata.dataset.DatasetDefinition;
import vn.ngoaivu.opendata.dataset.Department;
import vn.ngoaivu.opendata.publish.OpenData;
import vn.ngoaivu.opendata.release.Distribution;
import vn.ngoaivu.opendata.release.Release;
import vn.ngoaivu.opendata.release.ReleaseUrls;

import java.util.List;
import java.util.Optional;

/**
 * A read-only subset of the CKAN Action API (v3): {@code package_list}, {@code package_show}, {@code package_search},
 * {@code organization_list}, answering in CKAN's JSON shape ({@code help}, {@code success}, {@code result}; errors as
 * {@code success: false} with an {@code error} object) so that CKAN harvesters, including the national portal's,
 * harvest the catalog unchanged. CKAN's shape is the contract here, not problem+json.
 */
public final class CkanRoutes {

    static final String BASE = "/api/3/action";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_ROWS = 1000;

    private final OpenData openData;
    private final Department department;
    private final ReleaseUrls urls;
    private final JsonBodies json;

    public CkanRoutes(OpenData openData, Department department, ReleaseUrls urls, JsonBodies json) {
        this.openData = openData;
        this.department = department;
        this.urls = urls;
        this.json = json;
    }

    public List<Endpoint> endpoints() {
        return List.of(
                Endpoint.get(BASE + "/package_list", Access.anyone(), this::packageList),
                Endpoint.get(BASE + "/package_show", Access.anyone(), this::packageShow),
                Endpoint.get(BASE + "/package_search", Access.anyone(), this::packageSearch),
                Endpoint.get(BASE + "/organization_list", Access.anyone(), this::organizationList));
    }

    private void packageList(ServerRequest req, ServerResponse res) {
        ArrayNode names = NODES.arrayNode();
        openData.definitions().forEach(d -> names.add(d.id()));
        success(res, "package_list", names);
    }

    private void packageShow(ServerRequest req, ServerResponse res) {
        Optional<String> id = req.query().first("id").asOptional();
        Optional<DatasetDefinition> definition = id.flatMap(openData::definition);
        if (definition.isEmpty()) {
            failure(res, "package_show", Status.NOT_FOUND_404, "Not Found Error", "Not found");
            return;
        }
        success(res, "package_show", dataset(definition.get()));
    }

    /** {@code q} matches words of titles, descriptions and keywords (diacritics optional); {@code rows}, {@code start}. */
    private void packageSearch(ServerRequest req, ServerResponse res) {
        String q = CodeLists.foldLabel(req.query().first("q").orElse("").replace("*:*", ""));
        int rows;
        int start;
        try {
            rows = Math.min(MAX_ROWS, Math.max(0, Integer.parseInt(req.query().first("rows").orElse("10"))));
            start = Math.max(0, Integer.parseInt(req.query().first("start").orElse("0")));
        } catch (NumberFormatException e) {
            failure(res, "package_search", Status.BAD_REQUEST_400, "Validation Error", "rows and start must be integers");
            return;
        }
        List<DatasetDefinition> matching = openData.definitions().stream().filter(d -> matches(d, q)).toList();
        ObjectNode result = NODES.objectNode();
        result.put("count", matching.size());
        ArrayNode results = result.putArray("results");
        matching.stream().skip(start).limit(rows).forEach(d -> results.add(dataset(d)));
        result.putObject("facets");
        result.putArray("sort").add("score desc, metadata_modified desc");
        success(res, "package_search", result);
    }

    private void organizationList(ServerRequest req, ServerResponse res) {
        success(res, "organization_list", NODES.arrayNode().add(organizationName()));
    }

    private static boolean matches(DatasetDefinition d, String foldedQuery) {
        if (foldedQuery.isBlank()) {
            return true;
        }
        String text = CodeLists.foldLabel(String.join(" ", d.id(), d.titleVi(), d.titleEn(), d.descriptionVi(),
                d.descriptionEn(), String.join(" ", d.keywordsVi()), String.join(" ", d.keywordsEn())));
        for (String word : foldedQuery.split("\\s+")) {
            if (!word.isBlank() && !text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private ObjectNode dataset(DatasetDefinition d) {
        Optional<Release> latest = openData.latest(d.id());
        ObjectNode p = NODES.objectNode();
        p.put("id", d.id());
        p.put("name", d.id());
        p.put("title", d.titleVi());
        p.put("notes", d.descriptionVi());
        p.put("url", openData.catalogIris().seriesIri(d.id()));
        p.put("type", "dataset");
        p.put("state", "active");
        p.put("private", false);
        p.put("license_id", "cc-by");
        p.put("license_title", "Creative Commons Attribution 4.0");
        p.put("license_url", "https://creativecommons.org/licenses/by/4.0/");
        p.put("author", department.nameVi());
        p.put("maintainer", department.nameVi());
        p.put("maintainer_email", department.email());
        latest.ifPresent(r -> p.put("version", Integer.toString(r.number())));
        // Releases are numbered from 1: the first one's manifest says when the dataset was first published.
        String created = openData.release(d.id(), 1).map(r -> r.issued().toString()).orElse(null);
        p.put("metadata_created", created);
        p.put("metadata_modified", latest.map(r -> r.issued().toString()).orElse(null));
        ObjectNode organization = p.putObject("organization");
        organization.put("id", organizationName()).put("name", organizationName()).put("title", department.nameVi())
                .put("type", "organization").put("state", "active").put("is_organization", true);
        p.put("owner_org", organizationName());
        ArrayNode tags = p.putArray("tags");
        d.keywordsVi().forEach(k -> tags.addObject().put("name", k).put("display_name", k).put("state", "active"));
        p.put("num_tags", tags.size());
        ArrayNode resources = p.putArray("resources");
        latest.ifPresent(r -> r.distributions().forEach(f -> resources.add(resource(d, r, f))));
        p.put("num_resources", resources.size());
        ArrayNode extras = p.putArray("extras");
        extras.addObject().put("key", "title_en").put("value", d.titleEn());
        extras.addObject().put("key", "notes_en").put("value", d.descriptionEn());
        extras.addObject().put("key", "frequency").put("value", d.frequency().iri());
        extras.addObject().put("key", "dcat_uri").put("value", openData.catalogIris().seriesIri(d.id()));
        return p;
    }

    private ObjectNode resource(DatasetDefinition d, Release r, Distribution f) {
        ObjectNode out = NODES.objectNode();
        out.put("id", d.id() + "-" + f.format().token());
        out.put("package_id", d.id());
        out.put("name", d.titleVi() + " (" + f.format().token() + ")");
        out.put("url", urls.latest(d.id(), f.fileName()));
        out.put("format", f.format().token().toUpperCase(java.util.Locale.ROOT));
        out.put("mimetype", f.mediaType());
        out.put("size", f.byteSize());
        out.put("hash", "sha256:" + f.sha256());
        out.put("created", r.issued().toString());
        out.put("last_modified", r.issued().toString());
        out.put("state", "active");
        return out;
    }

    private String organizationName() {
        return "so-ngoai-vu-" + department.provinceCode();
    }

    private void success(ServerResponse res, String action, com.fasterxml.jackson.databind.JsonNode result) {
        ObjectNode body = NODES.objectNode();
        body.put("help", help(action));
        body.put("success", true);
        body.set("result", result);
        json.send(res, Status.OK_200, body);
    }

    private void failure(ServerResponse res, String action, Status status, String type, String message) {
        ObjectNode body = NODES.objectNode();
        body.put("help", help(action));
        body.put("success", false);
        body.putObject("error").put("__type", type).put("message", message);
        json.send(res, status, body);
    }

    private String help(String action) {
        return department.baseUri() + "api/3/action/help_show?name=" + action;
    }
}
