package vn.ngoaivu.simulator.portal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import vn.ngoaivu.simulator.http.Answers;
import vn.ngoaivu.simulator.http.RequestPath;

/**
 * The simulator's own control, not part of the contract: {@code POST {base}/dossiers/{code}/status} with
 * {@code {"status":"completed"}} moves a dossier to that status now (updatedAt = now), so that the platform's
 * polling sees a change. Answers the updated dossier.
 */
public final class DossierStatusAdmin implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "ngoaivu-simulator-admin";

    private final String basePath;
    private final DossierStore dossiers;
    private final Clock clock;

    public DossierStatusAdmin(String basePath, DossierStore dossiers, Clock clock) {
        this.basePath = basePath;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        try {
            List<String> segments = RequestPath.parse(serveEvent.getRequest().getUrl(), basePath).segments();
            if (segments.size() != 3 || !segments.get(0).equals("dossiers") || !segments.get(2).equals("status")) {
                return Answers.notFound();
            }
            String requested = requestedStatus(serveEvent.getRequest().getBodyAsString());
            DossierStatus status = DossierStatus.ofCode(requested).orElse(null);
            if (status == null) {
                return Answers.badRequest("status must be one of received, processing, supplement-requested, "
                        + "completed, rejected, withdrawn; got " + requested);
            }
            return dossiers.changeStatus(segments.get(1), status, clock.instant().truncatedTo(ChronoUnit.SECONDS))
                    .map(d -> Answers.ok(PortalResponder.JSON, d.toJson())).orElseGet(Answers::notFound);
        } catch (RequestPath.MalformedUrl e) {
            return Answers.badRequest(e.getMessage());
        }
    }

    private static String requestedStatus(String body) {
        try {
            Map<?, ?> json = Json.read(body, Map.class);
            return json != null && json.get("status") instanceof String s ? s : "(none)";
        } catch (RuntimeException e) {
            return "(a body that is not a JSON object)";
        }
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
