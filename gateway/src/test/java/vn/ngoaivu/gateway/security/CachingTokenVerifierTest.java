package vn.ngoaivu.gateway.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CachingTokenVerifierTest {

    private static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");

    /** Accepts tokens named "good-*" until T0 + 300 s, refuses anything else; counts its calls. */
    private static final class CountingVerifier implements TokenVerifier {
        final AtomicInteger calls = new AtomicInteger();
        Instant now = T0;

        @Override
        public Verified check(String token) {
            calls.incrementAndGet();
            Instant expiry = T0.plusSeconds(300);
            if (!token.startsWith("good") || !now.isBefore(expiry)) {
                throw new InvalidTokenException("refused");
            }
            return new Verified(new Caller(Optional.of(token), Optional.of("c"), Optional.empty(), Set.of(Role.PARTNER),
                    Optional.empty(), Set.of()), expiry);
        }
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    @Test
    void aVerifiedTokenIsCheckedOnceUntilItExpires() {
        CountingVerifier inner = new CountingVerifier();
        CachingTokenVerifier cache = new CachingTokenVerifier(inner, at(T0), 100);
        Caller first = cache.verify("good-1");
        assertSame(first, cache.verify("good-1"));
        assertEquals(1, inner.calls.get());
    }

    @Test
    void refusalsAreNotCached() {
        CountingVerifier inner = new CountingVerifier();
        CachingTokenVerifier cache = new CachingTokenVerifier(inner, at(T0), 100);
        assertThrows(InvalidTokenException.class, () -> cache.verify("bad"));
        assertThrows(InvalidTokenException.class, () -> cache.verify("bad"));
        assertEquals(2, inner.calls.get());
        assertEquals(0, cache.size());
    }

    @Test
    void anExpiredEntryIsCheckedAgainAndRefused() {
        CountingVerifier inner = new CountingVerifier();
        cacheAt(inner, T0).verify("good-1");
        inner.now = T0.plusSeconds(300);
        CachingTokenVerifier later = new CachingTokenVerifier(inner, at(T0.plusSeconds(300)), 100);
        assertThrows(InvalidTokenException.class, () -> later.verify("good-1"));
    }

    @Test
    void theCacheNeverHoldsMoreThanItsLimit() {
        CountingVerifier inner = new CountingVerifier();
        CachingTokenVerifier cache = cacheAt(inner, T0);
        for (int i = 0; i < 1000; i++) {
            cache.verify("good-" + i);
            assertTrue(cache.size() <= 100);
        }
    }

    private static CachingTokenVerifier cacheAt(CountingVerifier inner, Instant now) {
        return new CachingTokenVerifier(inner, at(now), 100);
    }
}
