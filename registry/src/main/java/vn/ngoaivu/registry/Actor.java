package vn.ngoaivu.registry;

import java.util.Objects;
import java.util.Optional;

/**
 * Who changes the registry, as the gateway established it: for the audit and for the rule that officers
 * change only their own unit's records.
 *
 * @param name      login name of a person, or the client id of a system
 * @param roles     the caller's roles, comma-separated, for the audit
 * @param unit      the officer's unit
 * @param admin     administrators change any unit's records
 * @param requestId the request that made the change
 */
public record Actor(String name, String roles, Optional<String> unit, boolean admin, Optional<String> requestId) {

    public Actor {
        Objects.requireNonNull(name);
        Objects.requireNonNull(roles);
        Objects.requireNonNull(unit);
        Objects.requireNonNull(requestId);
    }

    public boolean mayChange(String owningUnit) {
        return admin || unit.map(owningUnit::equals).orElse(false);
    }
}
