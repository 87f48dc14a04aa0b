package vn.ngoaivu.gateway.security;

/**
 * A token-bucket quota: {@code burst} requests at once, refilled at {@code perMinute} requests a minute.
 */
public record Quota(int perMinute, int burst) {

    public Quota {
        if (perMinute < 1 || burst < 1) {
            throw new IllegalArgumentException("a quota admits at least one request");
        }
    }

    double tokensPerNano() {
        return perMinute / 60e9;
    }
}
