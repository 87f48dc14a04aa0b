package vn.ngoaivu.registry.national;

/**
 * A dossier (hồ sơ) at the online public-service portal.
 *
 * @param completedAt when the portal closed the dossier; null while it is open
 * @param updatedAt   the portal's last change, the cursor of {@link PublicServicePortalConnector#changedSince}
 */
public record Dossier(String code, String procedureCode, String procedureName, DossierState state,
                      java.time.Instant receivedAt, java.time.Instant dueAt,
                      java.time.Instant completedAt /* nullable */, java.time.Instant updatedAt) {
}
