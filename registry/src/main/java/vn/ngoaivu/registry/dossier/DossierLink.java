package vn.ngoaivu.registry.dossier;

import java.time.Instant;
import java.util.Optional;

/**
 * A record's dossier on the online public-service portal, as last seen there.
 *
 * @param state     the portal's status (received, processing, ..., completed); empty until linked
 * @param linkState pending until the portal answered for it, then linked; not-found if the portal does not know it
 */
public record DossierLink(String code, Optional<String> procedureCode, Optional<String> procedureName,
                          Optional<String> state, Optional<Instant> receivedAt, Optional<Instant> dueAt,
                          Optional<Instant> completedAt, Optional<Instant> portalUpdatedAt, String linkState,
                          int linkAttempts, Optional<String> lastError, Optional<Instant> syncedAt) {
}
