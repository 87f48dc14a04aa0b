package vn.ngoaivu.gateway.admin;

import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import vn.ngoaivu.gateway.http.Endpoint;
import vn.ngoaivu.gateway.http.JsonBodies;
import vn.ngoaivu.gateway.http.QueryParameters;
import vn.ngoaivu.gateway.security.Access;
import vn.ngoaivu.gateway.security.Role;
import vn.ngoaivu.registry.audit.PersonalDataAccess;
import vn.ngoaivu.registry.audit.PersonalDataAccessLog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/v1/admin/personal-data-access}: administrators read who read whose personal data. */
public final class PersonalDataAccessRoutes {

    public static final String PATH = "/api/v1/admin/personal-data-access";

    private final PersonalDataAccessLog log;
    private final JsonBodies json;

    public PersonalDataAccessRoutes(PersonalDataAccessLog log, JsonBodies json) {
        this.log = log;
        this.json = json;
    }

    public List<Endpoint> endpoints() {
        return List.of(Endpoint.get(PATH, Access.only(Role.ADMIN), this::find));
    }

    private void find(ServerRequest req, ServerResponse res) {
        QueryParameters params = new QueryParameters(req);
        int limit = params.integer("limit", 50, 1, PersonalDataAccessLog.MAX_LIMIT);
        PersonalDataAccessLog.Query query = new PersonalDataAccessLog.Query(
                params.text("subject-kind", 50), params.text("subject-id", 100), params.text("client-id", 200),
                params.instant("from"), params.instant("to"), params.longValue("before"), limit);
        params.requireValid();
        List<PersonalDataAccess> items = log.find(query);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items.stream().map(PersonalDataAccessRoutes::toJson).toList());
        if (items.size() == limit) {
            body.put("next", params.linkWith(PATH, "before", Long.toString(items.get(items.size() - 1).id())));
        }
        json.send(res, Status.OK_200, body);
    }

    private static Map<String, Object> toJson(PersonalDataAccess access) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", access.id());
        item.put("accessedAt", access.accessedAt().toString());
        item.put("subjectKind", access.subjectKind());
        item.put("subjectId", access.subjectId());
        item.put("action", access.action());
        item.put("callerSubject", access.callerSubject().orElse(null));
        item.put("callerUsername", access.callerUsername().orElse(null));
        item.put("clientId", access.clientId().orElse(null));
        item.put("roles", access.roles());
        item.put("purpose", access.purpose().orElse(null));
        item.put("endUser", access.endUser().orElse(null));
        item.put("requestId", access.requestId().orElse(null));
        return item;
    }
}
