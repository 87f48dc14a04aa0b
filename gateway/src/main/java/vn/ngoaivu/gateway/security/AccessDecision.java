package vn.ngoaivu.gateway.security;

import vn.ngoaivu.gateway.http.Problem;
import vn.ngoaivu.gateway.http.ProblemException;
import vn.ngoaivu.gateway.http.ProblemType;

/** Applies an access rule to a caller: nothing when allowed, else the 401 or 403 problem to answer with. */
public final class AccessDecision {

    static final String REALM = "ngoaivu";

    private AccessDecision() {
    }

    public static void require(Access access, Caller caller) {
        if (access.allows(caller)) {
            return;
        }
        if (caller.isAnonymous()) {
            throw new ProblemException(Problem.of(ProblemType.UNAUTHORIZED,
                            "Cần đăng nhập hoặc mã truy cập (Bearer token) để dùng chức năng này.",
                            "This needs an access token (Bearer).")
                    .withHeader("WWW-Authenticate", "Bearer realm=\"" + REALM + "\""));
        }
        if (access.partnerScope().isPresent() && caller.has(Role.PARTNER)) {
            String scope = access.partnerScope().get();
            throw new ProblemException(Problem.of(ProblemType.FORBIDDEN,
                            "Mã truy cập thiếu phạm vi " + scope + ".",
                            "The access token lacks the scope " + scope + ".")
                    .withHeader("WWW-Authenticate", "Bearer realm=\"" + REALM + "\", error=\"insufficient_scope\", scope=\"" + scope + "\""));
        }
        throw new ProblemException(Problem.of(ProblemType.FORBIDDEN,
                "Vai trò của bạn không được phép dùng chức năng này.",
                "Your role is not allowed to do this."));
    }
}
