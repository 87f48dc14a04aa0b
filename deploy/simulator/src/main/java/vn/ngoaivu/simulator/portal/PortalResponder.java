package vn.ngoaivu.simulator.portal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import vn.ngoaivu.simulator.http.Answers;
import vn.ngoaivu.simulator.http.RequestPath;

/**
 * The public-service portal's contract (docs/national-systems.md) over the {@link DossierStore}:
 * <pre>
 * GET {base}/dossiers/{code}                       a dossier, 404 unknown
 * GET {base}/dossiers?updatedSince={instant}       {"dossiers":[...]}, oldest change first, at most 500
 * </pre>
 */
public final class PortalResponder implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "ngoaivu-public-service-portal";
    static final String JSON = "application/json";

    private final String basePath;
    private final DossierStore dossiers;

    public PortalResponder(String basePath, DossierStore dossiers) {
        this.basePath = basePath;
        this.dossiers = dossiers;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        try {
            RequestPath path = RequestPath.parse(serveEvent.getRequest().getUrl(), basePath);
            List<String> segments = path.segments();
            if (segments.size() == 1 && segments.getFirst().equals("dossiers")) {
                return updatedSince(path.single("updatedSince"));
            }
            if (segments.size() == 2 && segments.getFirst().equals("dossiers")) {
                return dossiers.byCode(segments.get(1)).map(d -> Answers.ok(JSON, d.toJson()))
                        .orElseGet(Answers::notFound);
            }
            return Answers.notFound();
        } catch (RequestPath.MalformedUrl e) {
            return Answers.badRequest(e.getMessage());
        }
    }

    private ResponseDefinition updatedSince(Optional<String> since) {
        if (since.isEmpty()) {
            return Answers.badRequest("updatedSince (an ISO-8601 instant) is required");
        }
        Instant instant;
        try {
            instant = Instant.parse(since.get());
        } catch (DateTimeParseException e) {
            return Answers.badRequest("updatedSince is not an ISO-8601 instant (a '+' must be sent as %2B)");
        }
        String listed = dossiers.updatedSince(instant).stream().map(Dossier::toJson)
                .collect(Collectors.joining(",", "{\"dossiers\":[", "]}"));
        return Answers.ok(JSON, listed);
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
