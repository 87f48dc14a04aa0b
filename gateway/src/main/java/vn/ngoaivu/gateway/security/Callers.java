package vn.ngoaivu.gateway.security;

import io.helidon.webserver.http.ServerRequest;

/** The caller of a request, as the authentication filter established it. */
public final class Callers {

    private Callers() {
    }

    public static Caller of(ServerRequest req) {
        return req.context().get(Caller.class).orElse(Caller.ANONYMOUS);
    }
}
