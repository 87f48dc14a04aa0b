package vn.ngoaivu.gateway.config;

import io.helidon.config.Config;
import vn.ngoaivu.gateway.security.OidcSettings;
import vn.ngoaivu.gateway.security.Quota;
import vn.ngoaivu.gateway.security.RateLimitSettings;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the {@code platform.security} and {@code platform.rate-limit} trees. */
final class SecuritySettingsReader {

    private final Config config;
    private final SettingsReader read;

    SecuritySettingsReader(Config config, SettingsReader read) {
        this.config = config;
        this.read = read;
    }

    /** Empty when no issuer is configured: then only open routes answer, and tokens fail closed. */
    Optional<OidcSettings> oidc() {
        Optional<URI> issuer = read.optionalString("platform.security.issuer").map(raw -> absoluteHttp("platform.security.issuer", raw));
        if (issuer.isEmpty()) {
            return Optional.empty();
        }
        String audience = read.string("platform.security.audience", "ngoaivu-api");
        Duration skew = read.duration("platform.security.clock-skew", OidcSettings.DEFAULT_CLOCK_SKEW);
        if (skew.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new InvalidSettingException("platform.security.clock-skew", "at most PT5M, got " + skew);
        }
        Optional<URI> jwks = read.optionalString("platform.security.jwks-uri").map(raw -> absoluteHttp("platform.security.jwks-uri", raw));
        try {
            OidcSettings settings = jwks.map(uri -> OidcSettings.of(issuer.get(), uri, audience))
                    .orElseGet(() -> OidcSettings.forKeycloakRealm(issuer.get(), audience));
            return Optional.of(settings.withClockSkew(skew));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("platform.security", e.getMessage());
        }
    }

    RateLimitSettings rateLimits() {
        Map<String, Quota> clients = new LinkedHashMap<>();
        List<Config> named = config.get("platform.rate-limit.clients").asNodeList().orElse(List.of());
        for (Config client : named) {
            clients.put(client.name(), quota("platform.rate-limit.clients." + client.name(), 600, 100));
        }
        return new RateLimitSettings(
                quota("platform.rate-limit.anonymous", 120, 60),
                quota("platform.rate-limit.partner", 600, 100),
                quota("platform.rate-limit.staff", 1200, 200),
                clients,
                read.optionalString("platform.rate-limit.client-ip-header"),
                read.integer("platform.rate-limit.max-concurrent", 512, 1, 100_000));
    }

    private Quota quota(String prefix, int perMinute, int burst) {
        return new Quota(read.integer(prefix + ".per-minute", perMinute, 1, 10_000_000),
                read.integer(prefix + ".burst", burst, 1, 10_000_000));
    }

    private static URI absoluteHttp(String key, String raw) {
        try {
            URI uri = URI.create(raw);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(key, "expected an absolute http(s) URI, got '" + raw + "'");
        }
    }
}
