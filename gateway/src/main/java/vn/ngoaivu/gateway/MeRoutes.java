package vn.ngoaivu.gateway;

import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import vn.ngoaivu.gateway.http.Endpoint;
import vn.ngoaivu.gateway.http.JsonBodies;
import vn.ngoaivu.gateway.security.Access;
import vn.ngoaivu.gateway.security.Caller;
import vn.ngoaivu.gateway.security.Callers;
import vn.ngoaivu.gateway.security.Role;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/v1/me}: who the platform takes the caller to be (roles, unit, scopes), for consoles and partners. */
final class MeRoutes {

    private final JsonBodies json;

    MeRoutes(JsonBodies json) {
        this.json = json;
    }

    List<Endpoint> endpoints() {
        return List.of(Endpoint.get("/api/v1/me",
                Access.only(Role.OFFICER, Role.LEADER, Role.ADMIN, Role.PARTNER), this::me));
    }

    private void me(ServerRequest req, ServerResponse res) {
        Caller caller = Callers.of(req);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subject", caller.subject().orElse(null));
        body.put("username", caller.username().orElse(null));
        body.put("clientId", caller.clientId().orElse(null));
        body.put("roles", caller.roles().stream().map(Role::claimValue).sorted().toList());
        body.put("unit", caller.unit().orElse(null));
        body.put("scopes", caller.scopes().stream().sorted().toList());
        json.send(res, Status.OK_200, body);
    }
}
