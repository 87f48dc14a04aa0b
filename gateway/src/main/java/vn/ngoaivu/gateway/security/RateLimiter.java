package vn.ngoaivu.gateway.security;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import vn.ngoaivu.gateway.http.Problem;
import vn.ngoaivu.gateway.http.ProblemException;
import vn.ngoaivu.gateway.http.ProblemType;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token-bucket quotas per partner client, per signed-in person and per anonymous address. Every
 * answer carries {@code RateLimit-Limit}, {@code RateLimit-Remaining}, {@code RateLimit-Reset} and
 * {@code RateLimit-Policy} (draft-ietf-httpapi-ratelimit-headers); over the quota the answer is 429 with
 * {@code Retry-After}. Health checks are not limited: load balancers probe them. Buckets live in this
 * replica's memory: with N replicas behind a balancer a caller gets up to N times its quota.
 */
public final class RateLimiter implements Filter {

    /** Buckets kept before full (idle) ones are forgotten, so that many addresses cannot exhaust memory. */
    private static final int MAX_BUCKETS = 100_000;
    private static final String HEALTH = "/observe/health";
    private static final java.util.regex.Pattern IP_LITERAL = java.util.regex.Pattern.compile("[0-9a-fA-F:.]{2,45}");

    private final RateLimitSettings settings;
    private final LongSupplier clock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(RateLimitSettings settings, LongSupplier nanoClock) {
        this.settings = settings;
        this.clock = nanoClock;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        String path = req.path().absolute().path();
        if (path.equals(HEALTH) || path.startsWith(HEALTH + "/")) {
            chain.proceed();
            return;
        }
        Caller caller = Callers.of(req);
        String key;
        Quota quota;
        if (caller.has(Role.PARTNER)) {
            String client = caller.clientId().orElse("?");
            key = "client:" + client;
            quota = settings.forClient(client);
        } else if (!caller.isAnonymous()) {
            key = "user:" + caller.subject().orElseThrow();
            quota = settings.staff();
        } else {
            key = "ip:" + clientAddress(req);
            quota = settings.anonymous();
        }
        long now = clock.getAsLong();
        TokenBucket.Take take = bucket(key, quota, now).take(now);
        res.header("RateLimit-Limit", Integer.toString(quota.burst()));
        res.header("RateLimit-Remaining", Integer.toString(take.remaining()));
        res.header("RateLimit-Reset", Long.toString(seconds(take.nanosToFull())));
        res.header("RateLimit-Policy", quota.burst() + ";w=" + Math.max(1, 60L * quota.burst() / quota.perMinute()));
        if (!take.admitted()) {
            long retryAfter = Math.max(1, seconds(take.nanosToNextToken()));
            throw new ProblemException(Problem.of(ProblemType.TOO_MANY_REQUESTS,
                            "Vượt quá hạn mức " + quota.perMinute() + " yêu cầu mỗi phút. Thử lại sau " + retryAfter + " giây.",
                            "Over the quota of " + quota.perMinute() + " requests a minute. Retry in " + retryAfter + " s.")
                    .withHeader("Retry-After", Long.toString(retryAfter)));
        }
        chain.proceed();
    }

    private TokenBucket bucket(String key, Quota quota, long now) {
        TokenBucket bucket = buckets.get(key);
        if (bucket != null) {
            return bucket;
        }
        if (buckets.size() >= MAX_BUCKETS) {
            buckets.values().removeIf(b -> b.isFull(now));
            if (buckets.size() >= MAX_BUCKETS) {
                // Still full of busy callers: forget them all rather than grow without bound.
                buckets.clear();
            }
        }
        return buckets.computeIfAbsent(key, k -> new TokenBucket(quota, now));
    }

    /**
     * The trusted load balancer appends the address it saw to the header, so the right-most entry is the
     * only one a client cannot forge; it counts only when it is an IP literal, else the peer is used.
     */
    private String clientAddress(RoutingRequest req) {
        if (settings.clientIpHeader().isPresent()) {
            String forwarded = req.headers().first(HeaderNames.create(settings.clientIpHeader().get())).orElse("");
            String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
            if (IP_LITERAL.matcher(last).matches()) {
                return last;
            }
        }
        return req.remotePeer().host();
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }

    int trackedCallers() {
        return buckets.size();
    }
}
