package vn.ngoaivu.gateway.security;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may call a route: the "who" column of the route table. A caller is allowed when the rule admits
 * anyone, when the caller has one of the roles, or when the caller is a partner holding the scope.
 * {@code ownUnitOnly} says that officers may change only their own unit's data; the handler enforces it
 * against the data's owning unit, which only the handler knows.
 *
 * @param open         no identity needed: anyone may call
 * @param roles        roles that are admitted
 * @param partnerScope the scope a partner needs; empty when partners are not admitted
 * @param ownUnitOnly  officers act only on their own unit's data
 */
public record Access(boolean open, Set<Role> roles, Optional<String> partnerScope, boolean ownUnitOnly) {

    public Access {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        Objects.requireNonNull(partnerScope);
        if (open && (!roles.isEmpty() || partnerScope.isPresent())) {
            throw new IllegalArgumentException("a rule for anyone names no roles or scopes");
        }
        if (!open && roles.isEmpty() && partnerScope.isEmpty()) {
            throw new IllegalArgumentException("a rule must admit someone");
        }
    }

    /** Open to everyone, without identification (open data, health, definitions). */
    public static Access anyone() {
        return new Access(true, Set.of(), Optional.empty(), false);
    }

    /** Officers, leaders and administrators read. */
    public static Access staff() {
        return new Access(false, Set.of(Role.OFFICER, Role.LEADER, Role.ADMIN), Optional.empty(), false);
    }

    /** Officers change their own unit's data; administrators any. Leaders read, they do not edit. */
    public static Access ownUnitOfficer() {
        return new Access(false, Set.of(Role.OFFICER, Role.ADMIN), Optional.empty(), true);
    }

    public static Access only(Role role, Role... more) {
        return new Access(false, EnumSet.of(role, more), Optional.empty(), false);
    }

    /** This rule, also admitting partners that hold {@code scope}. */
    public Access orPartnerWith(String scope) {
        return new Access(false, roles, Optional.of(scope), ownUnitOnly);
    }

    public boolean allows(Caller caller) {
        if (open) {
            return true;
        }
        for (Role role : caller.roles()) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return partnerScope.isPresent() && caller.has(Role.PARTNER) && caller.hasScope(partnerScope.get());
    }

    /** The rule in words, as docs/access.md lists it. */
    public String describe() {
        if (open) {
            return "anyone";
        }
        String roleList = roles.stream().sorted().map(Role::claimValue).collect(Collectors.joining(", "));
        String who = ownUnitOnly ? roleList.replace("officer", "officer (own unit)") : roleList;
        return partnerScope.map(scope -> (who.isEmpty() ? "" : who + ", ") + "partner with " + scope).orElse(who);
    }
}
