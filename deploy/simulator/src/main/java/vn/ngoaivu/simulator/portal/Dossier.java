package vn.ngoaivu.simulator.portal;

import java.time.Instant;
import java.util.Objects;

import vn.ngoaivu.simulator.http.JsonText;

/**
 * A dossier (hồ sơ) on the simulated public-service portal, with the fields of the contract.
 *
 * @param completedAt null until the dossier is finished
 */
public record Dossier(String code, String procedureCode, String procedureName, DossierStatus status,
                      Instant receivedAt, Instant dueAt, Instant completedAt, Instant updatedAt) {

    public Dossier {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** This dossier moved to {@code newStatus} at {@code at}: updatedAt is {@code at}, completedAt too when finished. */
    public Dossier withStatus(DossierStatus newStatus, Instant at) {
        return new Dossier(code, procedureCode, procedureName, newStatus, receivedAt, dueAt,
                newStatus.isFinished() ? at : null, at);
    }

    /** The contract's JSON object, fields in the contract's order. */
    public String toJson() {
        return "{\"code\":" + JsonText.literal(code)
                + ",\"procedureCode\":" + JsonText.literal(procedureCode)
                + ",\"procedureName\":" + JsonText.literal(procedureName)
                + ",\"status\":" + JsonText.literal(status.code())
                + ",\"receivedAt\":" + instant(receivedAt)
                + ",\"dueAt\":" + instant(dueAt)
                + ",\"completedAt\":" + instant(completedAt)
                + ",\"updatedAt\":" + instant(updatedAt) + "}";
    }

    private static String instant(Instant instant) {
        return JsonText.literal(instant == null ? null : instant.toString());
    }
}
