package vn.ngoaivu.gateway.security;

import com.nimbusds.jwt.JWTClaimsSet;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps the claims of a verified Keycloak access token to a {@link Caller}. Claims of an unexpected JSON type are
 * treated as absent (never as a grant): a role list that is not a list gives no roles, a unit that is not a string
 * gives no unit.
 */
final class KeycloakClaims {

    /** Keycloak names the user behind a client's service account {@code service-account-<client id>}. */
    static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    private KeycloakClaims() {
    }

    /** @param subject the token's {@code sub}, already checked to be present */
    static Caller caller(JWTClaimsSet claims, String subject) {
        Optional<String> clientId = string(claims, "azp").or(() -> string(claims, "client_id"));
        Optional<String> username = string(claims, "preferred_username")
                .filter(name -> !name.startsWith(SERVICE_ACCOUNT_PREFIX));
        return new Caller(Optional.of(subject), clientId, username, roles(claims), string(claims, "unit"),
                scopes(claims));
    }

    /** A claim that is a non-blank string. */
    static Optional<String> string(JWTClaimsSet claims, String name) {
        return claims.getClaim(name) instanceof String value && !value.isBlank()
                ? Optional.of(value) : Optional.empty();
    }

    /** The platform roles among {@code realm_access.roles}; other realm roles are ignored. */
    static Set<Role> roles(JWTClaimsSet claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claims.getClaim("realm_access") instanceof Map<?, ?> realmAccess
                && realmAccess.get("roles") instanceof Collection<?> names) {
            for (Object name : names) {
                if (name instanceof String value) {
                    Role.fromClaim(value).ifPresent(roles::add);
                }
            }
        }
        return roles;
    }

    /** {@code scope} split on white space; an empty or absent claim gives no scopes. A JSON array is accepted too. */
    static Set<String> scopes(JWTClaimsSet claims) {
        Set<String> scopes = new LinkedHashSet<>();
        Object scope = claims.getClaim("scope");
        if (scope instanceof String value) {
            for (String part : value.split("\\s+")) {
                if (!part.isEmpty()) {
                    scopes.add(part);
                }
            }
        } else if (scope instanceof Collection<?> values) {
            for (Object part : values) {
                if (part instanceof String value && !value.isBlank() && value.strip().equals(value)) {
                    scopes.add(value);
                }
            }
        }
        return scopes;
    }
}
