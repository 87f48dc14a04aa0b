package vn.ngoaivu.registry.national;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * The online public-service portal (cổng dịch vụ công): one dossier by code, and the dossiers changed since an
 * instant (the polling half of the status feed; the other half is {@link PortalCallbackVerifier}).
 *
 * <p>Every method throws {@link NationalSystemUnavailable} (try later), {@link NationalSystemRejected} (fix the
 * configuration) or {@link MalformedAnswer} (the portal breaks the contract).
 */
public final class PublicServicePortalConnector {

    private static final String JSON = "application/json";

    private final ResilientHttp http;
    private final DossierJson json;

    public PublicServicePortalConnector(ResilientHttp http) {
        this.http = http;
        this.json = new DossierJson(http.system());
    }

    /** {@code GET {base}/dossiers/{code}}; empty when the portal does not know the code. */
    public Optional<Dossier> dossier(String code) {
        Optional<Dossier> found = http.get(List.of("dossiers", code), JSON, http.settings().maxAnswerBytes())
                .map(answer -> json.one(answer.body()));
        found.ifPresent(d -> {
            if (!d.code().equals(code)) {
                throw schema("the answer describes another dossier");
            }
        });
        return found;
    }

    /**
     * {@code GET {base}/dossiers?updatedSince=…}: at most 500 dossiers, oldest change first. The order is checked,
     * since a caller advances its cursor to the last {@code updatedAt}: an unordered page would skip changes.
     * The list always exists, so a 404 means the base URI is wrong: {@link NationalSystemRejected}, not "no change".
     */
    public List<Dossier> changedSince(Instant since) {
        List<Dossier> dossiers = http.get(List.of("dossiers"), Map.of("updatedSince", since.toString()), JSON, http.settings().maxAnswerBytes())
                .map(answer -> json.page(answer.body()))
                .orElseThrow(() -> new NationalSystemRejected(http.system(), 404, "no dossier list at the base URI"));
        Instant previous = since;
        for (Dossier d : dossiers) {
            if (d.updatedAt().isBefore(previous)) {
                throw schema("dossiers are not in order of change since " + since);
            }
            previous = d.updatedAt();
        }
        return dossiers;
    }

    private MalformedAnswer schema(String detail) {
        return new MalformedAnswer(http.system(), MalformedAnswer.Kind.SCHEMA, detail);
    }
}
