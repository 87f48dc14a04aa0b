package vn.ngoaivu.gateway.registry;

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
import vn.ngoaivu.registry.dossier.DossierLinks;
import vn.ngoaivu.registry.national.Dossier;
import vn.ngoaivu.registry.national.PortalCallbackRejected;
import vn.ngoaivu.registry.national.PortalCallbackVerifier;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /api/v1/integrations/portal/dossier-events}: the public-service portal tells the platform a dossier
 * changed. The portal holds no platform token: each call is signed with the shared secret (HMAC-SHA256 over the
 * timestamp and the body) and must be fresh; anything else is refused before the body is read as a dossier.
 */
public final class PortalCallbackRoutes {

    static final String PATH = "/api/v1/integrations/portal/dossier-events";

    private final Optional<PortalCallbackVerifier> verifier;
    private final DossierLinks dossiers;
    private final JsonBodies json;
    private final Clock clock;

    /** @param verifier empty when no callback secret is configured: every callback is refused (503) */
    public PortalCallbackRoutes(Optional<PortalCallbackVerifier> verifier, DossierLinks dossiers, JsonBodies json, Clock clock) {
        this.verifier = verifier;
        this.dossiers = dossiers;
        this.json = json;
        this.clock = clock;
    }

    public List<Endpoint> endpoints() {
        // Open at the token layer: the HMAC signature is this route's authentication.
        return List.of(Endpoint.withJsonBody(Method.POST, PATH, Access.anyone(), this::receive));
    }

    private void receive(ServerRequest req, ServerResponse res) {
        PortalCallbackVerifier check = verifier.orElseThrow(() -> new ProblemException(Problem.of(ProblemType.SERVICE_UNAVAILABLE,
                "Chưa cấu hình nhận thông báo từ cổng dịch vụ công.", "Portal callbacks are not configured on this instance.")));
        byte[] body = req.content().as(byte[].class);
        Dossier dossier;
        try {
            dossier = check.verify(req.headers().first(io.helidon.http.HeaderNames.create(PortalCallbackVerifier.TIMESTAMP_HEADER)).orElse(""),
                    req.headers().first(io.helidon.http.HeaderNames.create(PortalCallbackVerifier.SIGNATURE_HEADER)).orElse(""), body);
        } catch (PortalCallbackRejected e) {
            throw new ProblemException(switch (e.reason()) {
                case MALFORMED_BODY -> Problem.of(ProblemType.VALIDATION_FAILED, "Nội dung không phải một hồ sơ hợp lệ.",
                        "The body is not a valid dossier.");
                default -> Problem.of(ProblemType.UNAUTHORIZED, "Chữ ký hoặc thời điểm của thông báo không hợp lệ.",
                        "The callback's signature or timestamp is not valid.")
                        .withHeader("WWW-Authenticate", "HMAC-SHA256 realm=\"portal\", headers=\""
                                + PortalCallbackVerifier.TIMESTAMP_HEADER + " " + PortalCallbackVerifier.SIGNATURE_HEADER + "\"");
            });
        }
        boolean known = dossiers.apply(dossier, clock.instant());
        json.send(res, Status.ACCEPTED_202, Map.of("code", dossier.code(), "applied", known));
    }
}
