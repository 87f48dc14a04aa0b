package vn.ngoaivu.registry.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One read of a person's data: whose ({@code subjectKind} + {@code subjectId}), by whom (the caller's
 * subject, login name, OAuth client and roles), why (the legal basis a partner names in
 * {@code X-Purpose}, and the end user it acts for) and when.
 *
 * @param id         assigned by the log; 0 before it is written
 * @param action     what was done: read, export, search
 */
public record PersonalDataAccess(long id, Instant accessedAt, String subjectKind, String subjectId, String action,
                                 Optional<String> callerSubject, Optional<String> callerUsername,
                                 Optional<String> clientId, String roles, Optional<String> purpose,
                                 Optional<String> endUser, Optional<String> requestId) {

    public PersonalDataAccess {
        Objects.requireNonNull(accessedAt);
        Objects.requireNonNull(subjectKind);
        Objects.requireNonNull(subjectId);
        Objects.requireNonNull(action);
        Objects.requireNonNull(callerSubject);
        Objects.requireNonNull(callerUsername);
        Objects.requireNonNull(clientId);
        Objects.requireNonNull(roles);
        Objects.requireNonNull(purpose);
        Objects.requireNonNull(endUser);
        Objects.requireNonNull(requestId);
    }
}
