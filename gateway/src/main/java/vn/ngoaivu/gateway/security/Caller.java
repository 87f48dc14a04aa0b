package vn.ngoaivu.gateway.security;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as established from a verified access token (or anonymous). The access rules and the
 * registry decide on this alone.
 *
 * @param subject  the token's {@code sub}; empty for anonymous callers
 * @param clientId the OAuth client the token was issued to ({@code azp}); empty for anonymous callers
 * @param username the person's login name ({@code preferred_username}), for officers; empty for partners
 * @param roles    realm roles of the platform: officer, leader, admin, partner
 * @param unit     the officer's unit (phòng), e.g. HTQT; empty when the token carries none
 * @param scopes   OAuth scopes granted to the token, e.g. experts:read
 */
public record Caller(Optional<String> subject, Optional<String> clientId, Optional<String> username,
                     Set<Role> roles, Optional<String> unit, Set<String> scopes) {

    public static final Caller ANONYMOUS = new Caller(Optional.empty(), Optional.empty(), Optional.empty(),
            Set.of(), Optional.empty(), Set.of());

    public Caller {
        Objects.requireNonNull(subject);
        Objects.requireNonNull(clientId);
        Objects.requireNonNull(username);
        roles = Set.copyOf(roles);
        Objects.requireNonNull(unit);
        scopes = Set.copyOf(scopes);
    }

    public boolean isAnonymous() {
        return subject.isEmpty();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }
}
