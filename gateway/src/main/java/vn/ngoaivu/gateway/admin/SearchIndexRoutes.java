package vn.ngoaivu.gateway.admin;

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
import vn.ngoaivu.gateway.security.Access;
import vn.ngoaivu.gateway.security.Role;
import vn.ngoaivu.registry.search.SearchIndexMaintenance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /api/v1/admin/search}: administrators see the search index's state (engine reachable, changes
 * waiting to be indexed, the last rebuild's progress) and rebuild the index from the database.
 */
public final class SearchIndexRoutes {

    public static final String PATH = "/api/v1/admin/search";

    private final SearchIndexMaintenance maintenance;
    private final JsonBodies json;

    public SearchIndexRoutes(SearchIndexMaintenance maintenance, JsonBodies json) {
        this.maintenance = maintenance;
        this.json = json;
    }

    public List<Endpoint> endpoints() {
        return List.of(
                Endpoint.get(PATH, Access.only(Role.ADMIN), this::status),
                new Endpoint(Method.POST, PATH + "/rebuild", Access.only(Role.ADMIN), Optional.empty(), this::rebuild));
    }

    private void status(ServerRequest req, ServerResponse res) {
        json.send(res, Status.OK_200, statusJson());
    }

    private void rebuild(ServerRequest req, ServerResponse res) {
        if (maintenance.rebuild().isEmpty()) {
            throw new ProblemException(Problem.of(ProblemType.CONFLICT, "Chỉ mục đang được dựng lại; hãy chờ lần này xong.",
                    "The index is being rebuilt already; wait for it to finish."));
        }
        res.header(HeaderNames.LOCATION, PATH);
        json.send(res, Status.ACCEPTED_202, statusJson());
    }

    private Map<String, Object> statusJson() {
        SearchIndexMaintenance.Status status = maintenance.status();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("backend", status.backend().name().toLowerCase(java.util.Locale.ROOT));
        body.put("engineReachable", status.engineReachable());
        body.put("indexReady", status.schemaReady());
        body.put("pendingChanges", status.pendingChanges());
        body.put("abortedChanges", status.abortedChanges());
        status.lastRebuild().ifPresent(rebuild -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("running", rebuild.running());
            r.put("startedAt", rebuild.startedAt().toString());
            r.put("total", rebuild.total().get());
            r.put("indexed", rebuild.indexed().get());
            Optional.ofNullable(rebuild.finishedAt().get()).ifPresent(at -> r.put("finishedAt", at.toString()));
            Optional.ofNullable(rebuild.failure().get()).ifPresent(failure -> r.put("failure", failure));
            body.put("rebuild", r);
        });
        return body;
    }
}
