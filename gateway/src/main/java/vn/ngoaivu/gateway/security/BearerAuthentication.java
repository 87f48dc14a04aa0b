package vn.ngoaivu.gateway.security;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import vn.ngoaivu.gateway.http.Problem;
import vn.ngoaivu.gateway.http.ProblemException;
import vn.ngoaivu.gateway.http.ProblemType;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Establishes the {@link Caller} of every request: anonymous without an {@code Authorization} header,
 * the token's identity with a valid bearer token. A token that is present but invalid is refused (401)
 * even on open routes, so that a client learns its token is wrong. When keys cannot be had, or no
 * identity provider is configured, token-bearing requests fail closed (503), never open.
 */
public final class BearerAuthentication implements Filter {

    private static final Logger LOG = Logger.getLogger(BearerAuthentication.class.getName());
    private static final int MAX_TOKEN_LENGTH = 16 * 1024;
    private static final String BEARER = "Bearer";

    private final Optional<TokenVerifier> verifier;

    /** @param verifier empty when no identity provider is configured */
    public BearerAuthentication(Optional<TokenVerifier> verifier) {
        this.verifier = verifier;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        Optional<String> authorization = req.headers().first(HeaderNames.AUTHORIZATION);
        Caller caller = authorization.map(this::authenticate).orElse(Caller.ANONYMOUS);
        req.context().register(caller);
        chain.proceed();
    }

    private Caller authenticate(String authorization) {
        String token = bearerToken(authorization);
        TokenVerifier tokens = verifier.orElseThrow(() -> unavailable(
                "Chưa cấu hình máy chủ định danh (Keycloak).", "No identity provider is configured."));
        try {
            return tokens.verify(token);
        } catch (InvalidTokenException e) {
            LOG.fine(() -> "token refused: " + e.getMessage());
            throw invalid(e.getMessage());
        } catch (KeysUnavailableException e) {
            LOG.warning("cannot check tokens, the identity provider's keys are unavailable: " + e.getMessage());
            throw unavailable("Không kiểm tra được mã truy cập: máy chủ định danh không phản hồi.",
                    "Access tokens cannot be checked: the identity provider does not answer.");
        }
    }

    /** The token of {@code Bearer <token>} (scheme case-insensitive); parsed by hand: this runs on every request. */
    private static String bearerToken(String authorization) {
        String value = authorization.strip();
        int space = value.indexOf(' ');
        String token = space < 0 ? "" : value.substring(space + 1).strip();
        if (space != BEARER.length() || !value.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH || token.indexOf(' ') >= 0) {
            throw invalid("only Bearer access tokens are accepted");
        }
        return token;
    }

    private static ProblemException invalid(String reason) {
        return new ProblemException(Problem.of(ProblemType.UNAUTHORIZED,
                        "Mã truy cập không hợp lệ: " + reason + ".", "Invalid access token: " + reason + ".")
                .withHeader("WWW-Authenticate", "Bearer realm=\"" + AccessDecision.REALM + "\", error=\"invalid_token\""));
    }

    private static ProblemException unavailable(String vi, String en) {
        return new ProblemException(Problem.of(ProblemType.SERVICE_UNAVAILABLE, vi, en).withHeader("Retry-After", "30"));
    }
}
