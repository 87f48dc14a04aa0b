package vn.ngoaivu.registry.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A change to a registry record, as {@link AuditTrail#append} records it.
 *
 * @param entityKind what was changed: {@code expert}, later the kinds of foreign-affairs records
 * @param entityId   the record's identifier. It stays in the trail for good, also after the person's data is
 *                   erased, so it must be an opaque key (a UUID), never a name, e-mail or document number
 * @param action     what was done: one of the constants here, or another lower-case word
 * @param at         when; kept to the microsecond (PostgreSQL's precision), finer parts are dropped
 * @param actor      who: the caller's subject or login name, or the name of a system job
 * @param actorRoles the caller's roles as the gateway names them, e.g. {@code officer,leader}; may be empty
 * @param requestId  the request that made the change, to join with the access log
 * @param changes    field name → value before and after; empty for actions without values (erase,
 *                   delete). The values are personal data: only administrators read them back
 */
public record AuditEntry(String entityKind, String entityId, String action, Instant at, String actor,
                         String actorRoles, Optional<String> requestId, SortedMap<String, Change> changes) {

    public static final String CREATE = "create";
    public static final String UPDATE = "update";
    public static final String DELETE = "delete";
    public static final String RESTORE = "restore";
    public static final String MERGE = "merge";
    /** Appended after {@link AuditTrail#eraseValues}; verification expects one after every erased entry. */
    public static final String ERASE = "erase";
    public static final String CONSENT_GIVEN = "consent-given";
    public static final String CONSENT_WITHDRAWN = "consent-withdrawn";

    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    public AuditEntry {
        requireText(entityKind, "entityKind", false);
        requireText(entityId, "entityId", false);
        requireText(action, "action", false);
        if (!ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("action must be a lower-case word such as update, got '" + action + "'");
        }
        at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
        requireText(actor, "actor", false);
        requireText(actorRoles, "actorRoles", true);
        Objects.requireNonNull(requestId, "requestId");
        requestId.ifPresent(r -> requireText(r, "requestId", false));
        Objects.requireNonNull(changes, "changes");
        TreeMap<String, Change> copy = new TreeMap<>();
        for (Map.Entry<String, Change> change : changes.entrySet()) {
            requireText(change.getKey(), "field name", false);
            copy.put(change.getKey(), Objects.requireNonNull(change.getValue(), "change"));
        }
        changes = Collections.unmodifiableSortedMap(copy);
    }

    /** An entry without values, e.g. for {@link #ERASE}. */
    public static AuditEntry withoutValues(String entityKind, String entityId, String action, Instant at,
                                           String actor, String actorRoles, Optional<String> requestId) {
        return new AuditEntry(entityKind, entityId, action, at, actor, actorRoles, requestId, new TreeMap<>());
    }

    /**
     * Text that goes into the hash must come back from PostgreSQL unchanged: no NUL (PostgreSQL refuses it)
     * and no unpaired surrogate (it would not survive UTF-8).
     */
    static void requireText(String value, String name, boolean mayBeBlank) {
        Objects.requireNonNull(value, name);
        if (!mayBeBlank && value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                throw new IllegalArgumentException(name + " must not contain NUL");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(name + " contains an unpaired surrogate");
            }
        }
    }
}
