package vn.ngoaivu.registry.national;

import java.util.Optional;

import io.helidon.faulttolerance.Retry;

/**
 * Helidon's retry policy for {@link ConnectorSettings.Backoff}: its own {@code DelayingRetryPolicy} grows the delay
 * without a ceiling, so this one adds the cap.
 */
final class CappedBackoff implements Retry.RetryPolicy {

    private final int attempts;
    private final long initialMillis;
    private final double factor;
    private final long maxMillis;

    CappedBackoff(int attempts, ConnectorSettings.Backoff backoff) {
        this.attempts = attempts;
        this.initialMillis = backoff.initial().toMillis();
        this.factor = backoff.factor();
        this.maxMillis = backoff.max().toMillis();
    }

    /**
     * Helidon calls this after failed call number {@code call} (1 after the first); empty means no more attempts.
     */
    @Override
    public Optional<Long> nextDelayMillis(long firstCallMillis, long lastDelay, int call) {
        if (call >= attempts) {
            return Optional.empty();
        }
        double delay = initialMillis * Math.pow(factor, call - 1);
        return Optional.of((long) Math.min(delay, maxMillis));
    }
}
