package vn.ngoaivu.gateway.security;

/** One caller's bucket. Thread-safe; time is passed in so that tests need not sleep. */
final class TokenBucket {

    /** The outcome of one request: admitted or not, what is left, and how long until the next token and a full bucket. */
    record Take(boolean admitted, int remaining, long nanosToNextToken, long nanosToFull) {
    }

    private final Quota quota;
    private double tokens;
    private long updatedAt;

    TokenBucket(Quota quota, long now) {
        this.quota = quota;
        this.tokens = quota.burst();
        this.updatedAt = now;
    }

    synchronized Take take(long now) {
        refill(now);
        boolean admitted = tokens >= 1;
        if (admitted) {
            tokens -= 1;
        }
        long toNext = tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / quota.tokensPerNano());
        long toFull = (long) Math.ceil((quota.burst() - tokens) / quota.tokensPerNano());
        return new Take(admitted, (int) Math.floor(tokens), toNext, toFull);
    }

    /** True when the bucket has refilled completely: forgetting it changes nothing for its caller. */
    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= quota.burst();
    }

    private void refill(long now) {
        long elapsed = Math.max(0, now - updatedAt);
        tokens = Math.min(quota.burst(), tokens + elapsed * quota.tokensPerNano());
        updatedAt = now;
    }
}
