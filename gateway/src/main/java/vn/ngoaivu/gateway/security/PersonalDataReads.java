package vn.ngoaivu.gateway.security;

import io.helidon.webserver.http.ServerRequest;
import vn.ngoaivu.gateway.http.Problem;
import vn.ngoaivu.gateway.http.ProblemException;
import vn.ngoaivu.gateway.http.ProblemType;
import vn.ngoaivu.gateway.http.RequestId;
import vn.ngoaivu.gateway.http.Text;
import vn.ngoaivu.registry.audit.PersonalDataAccess;
import vn.ngoaivu.registry.audit.PersonalDataAccessLog;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What every handler that returns personal data calls first: who, which client, whose data, why, when.
 * Partners must name the legal basis of their request (X-Purpose); staff act under the department's own.
 */
public final class PersonalDataReads {

    private final PersonalDataAccessLog log;
    private final Clock clock;

    public PersonalDataReads(PersonalDataAccessLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** Refuses a partner's request that names no legal basis, before any personal data is looked at. */
    public void requirePurpose(ServerRequest req) {
        if (Callers.of(req).has(Role.PARTNER) && Provenance.of(req).purpose().isEmpty()) {
            throw new ProblemException(new Problem(ProblemType.INVALID_PARAMETER,
                    new Text("Hệ thống đối tác phải nêu căn cứ pháp lý trong tiêu đề X-Purpose.",
                            "Partner systems must name the legal basis in the X-Purpose header."),
                    List.of(new Problem.FieldError("X-Purpose", "required",
                            new Text("Cần số ký hiệu văn bản, ví dụ 600/KH-SNgV.", "A document number such as 600/KH-SNgV is required."))),
                    java.util.Map.of()));
        }
    }

    public void record(ServerRequest req, String subjectKind, String subjectId, String action) {
        requirePurpose(req);
        Caller caller = Callers.of(req);
        Provenance provenance = Provenance.of(req);
        log.record(new PersonalDataAccess(0, clock.instant(), subjectKind, subjectId, action,
                caller.subject(), caller.username(), caller.clientId(),
                caller.roles().stream().map(Role::claimValue).sorted().collect(Collectors.joining(",")),
                provenance.purpose(), provenance.endUser(), Optional.ofNullable(RequestId.of(req))));
    }
}
