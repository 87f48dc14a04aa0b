package vn.ngoaivu.gateway.security;

import java.util.Locale;
import java.util.Optional;

/** The realm roles of the platform, as Keycloak puts them in {@code realm_access.roles}. */
public enum Role {
    OFFICER, LEADER, ADMIN, PARTNER;

    public String claimValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role a claim value names; other realm roles (Keycloak's defaults) are not platform roles. */
    public static Optional<Role> fromClaim(String value) {
        for (Role role : values()) {
            if (role.claimValue().equals(value)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
