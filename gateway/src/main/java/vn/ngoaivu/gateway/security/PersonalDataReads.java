package vn.ngoaivu.gateway.security;

import io.helidon.webserver.http.ServerRequest;
import vn.ngoaivu.gateway.http.RequestId;
import vn.ngoaivu.registry.audit.PersonalDataAccess;
import vn.ngoaivu.registry.audit.PersonalDataAccessLog;

import java.time.Clock;
import java.util.Optional;
import java.util.stream.Collectors;

/** What every handler that returns personal data calls first: who, which client, whose data, why, when. */
public final class PersonalDataReads {

    private final PersonalDataAccessLog log;
    private final Clock clock;

    public PersonalDataReads(PersonalDataAccessLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public void record(ServerRequest req, String subjectKind, String subjectId, String action) {
        Caller caller = Callers.of(req);
        Provenance provenance = Provenance.of(req);
        log.record(new PersonalDataAccess(0, clock.instant(), subjectKind, subjectId, action,
                caller.subject(), caller.username(), caller.clientId(),
                caller.roles().stream().map(Role::claimValue).sorted().collect(Collectors.joining(",")),
                provenance.purpose(), provenance.endUser(), Optional.ofNullable(RequestId.of(req))));
    }
}
