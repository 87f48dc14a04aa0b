package vn.ngoaivu.gateway.registry;

import io.helidon.webserver.http.ServerRequest;
import vn.ngoaivu.gateway.http.ProblemException;
import vn.ngoaivu.gateway.http.RequestId;
import vn.ngoaivu.gateway.security.Caller;
import vn.ngoaivu.gateway.security.Callers;
import vn.ngoaivu.gateway.security.Role;
import vn.ngoaivu.registry.Actor;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The caller as the registry sees it: who changes (for the audit and the unit rule), and who gets a partner's view. */
final class RegistryCallers {

    private RegistryCallers() {
    }

    /** Partners (and any caller who is not staff) get the shared view. */
    static boolean isPartnerView(Caller caller) {
        return !(caller.has(Role.OFFICER) || caller.has(Role.LEADER) || caller.has(Role.ADMIN));
    }

    static Actor actor(ServerRequest req) {
        Caller caller = Callers.of(req);
        String name = caller.username().or(caller::clientId).or(caller::subject).orElse("anonymous");
        String roles = caller.roles().stream().map(Role::claimValue).sorted().collect(Collectors.joining(","));
        return new Actor(name, roles, caller.unit(), caller.has(Role.ADMIN), Optional.ofNullable(RequestId.of(req)));
    }

    /** The {@code id} path parameter; anything but a UUID is a resource that does not exist. */
    static UUID id(ServerRequest req, Supplier<ProblemException> notFound) {
        try {
            return UUID.fromString(req.path().pathParameters().get("id"));
        } catch (IllegalArgumentException e) {
            throw notFound.get();
        }
    }
}
