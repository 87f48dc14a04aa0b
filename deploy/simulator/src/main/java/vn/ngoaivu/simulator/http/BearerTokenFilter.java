package vn.ngoaivu.simulator.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Answers 401 to a request under one of the simulated systems' base paths that lacks
 * {@code Authorization: Bearer <token>}, before any stub is matched (so a stub a test adds is protected too).
 */
public final class BearerTokenFilter implements StubRequestFilterV2 {

    private final List<String> protectedPaths;
    private final byte[] expected;

    public BearerTokenFilter(String token, List<String> protectedPaths) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the bearer token must not be blank");
        }
        this.expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        this.protectedPaths = List.copyOf(protectedPaths);
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        String url = request.getUrl();
        boolean isProtected = protectedPaths.stream().anyMatch(base -> url.equals(base) || url.startsWith(base + "/")
                || url.startsWith(base + "?"));
        if (!isProtected) {
            return RequestFilterAction.continueWith(request);
        }
        String given = request.getHeader("Authorization");
        // Constant-time comparison, as the real systems should do.
        if (given != null && MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
            return RequestFilterAction.continueWith(request);
        }
        return RequestFilterAction.stopWith(Answers.unauthorized());
    }

    @Override
    public String getName() {
        return "ngoaivu-bearer-token";
    }
}
