package vn.ngoaivu.registry.link;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait before the next attempt at a link: {@code first × 2^(attempts−1)}, at most {@code max}. With the
 * defaults (10 s, 1 h) a link pending through a day-long outage is tried about 30 times.
 */
public record Backoff(Duration first, Duration max) {

    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(10), Duration.ofHours(1));

    public Backoff {
        Objects.requireNonNull(first);
        Objects.requireNonNull(max);
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("backoff: 0 < first <= max");
        }
    }

    public Duration delayAfter(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        Duration delay = first.multipliedBy(1L << Math.min(doublings, 20));
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
