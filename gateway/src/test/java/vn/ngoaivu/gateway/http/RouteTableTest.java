package vn.ngoaivu.gateway.http;

import io.helidon.http.Method;
import org.junit.jupiter.api.Test;
import vn.ngoaivu.gateway.security.Access;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RouteTableTest {

    @Test
    void aRouteWithoutAnAccessRuleCannotBeDeclared() {
        NullPointerException refused = assertThrows(NullPointerException.class,
                () -> new Endpoint(Method.GET, "/api/v1/x", null, Optional.empty(), (req, res) -> res.send()));
        assertEquals("route GET /api/v1/x has no access rule", refused.getMessage());
    }

    @Test
    void aRouteDeclaredTwiceIsRefused() {
        Endpoint one = Endpoint.get("/api/v1/x", Access.anyone(), (req, res) -> res.send());
        assertThrows(IllegalArgumentException.class, () -> new RouteTable(List.of(one, one)));
    }

    @Test
    void allowedMethodsFollowTheTemplates() {
        RouteTable table = new RouteTable(List.of(
                Endpoint.get("/api/v1/experts/{id}", Access.staff(), (req, res) -> res.send()),
                Endpoint.delete("/api/v1/experts/{id}", Access.ownUnitOfficer(), (req, res) -> res.send()),
                Endpoint.withJsonBody(Method.POST, "/api/v1/experts", Access.ownUnitOfficer(), (req, res) -> res.send())));
        assertEquals("[DELETE, GET, HEAD]", table.allowedMethods(io.helidon.common.uri.UriPath.create("/api/v1/experts/42")).toString());
        assertEquals("[POST]", table.allowedMethods(io.helidon.common.uri.UriPath.create("/api/v1/experts")).toString());
        assertTrue(table.allowedMethods(io.helidon.common.uri.UriPath.create("/api/v1/experts/42/x")).isEmpty());
    }
}
