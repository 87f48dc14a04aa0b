package vn.ngoaivu.gateway.security;

import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jose.util.Resource;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads an issuer's OpenID Provider metadata ({@code {issuer}/.well-known/openid-configuration}) to find its JWKS
 * address. One request with explicit timeouts and a size limit; nothing is cached. For startup only.
 */
public final class OidcDiscovery {

    public static final String WELL_KNOWN_PATH = "/.well-known/openid-configuration";

    private static final int SIZE_LIMIT = 256 * 1024;

    private OidcDiscovery() {
    }

    /**
     * The {@code jwks_uri} the issuer announces. The document must name the same {@code issuer} (OpenID Connect
     * Discovery 1.0, section 4.3), so a misconfigured or spoofed address is noticed.
     *
     * @throws IOException the document could not be fetched in time, is not a JSON object, names another issuer, or
     *                     has no absolute http(s) {@code jwks_uri}
     */
    public static URI jwksUri(URI issuer, Duration connectTimeout, Duration readTimeout) throws IOException {
        OidcSettings.httpUri("issuer", issuer);
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        URI document = URI.create(OidcSettings.stripTrailingSlash(issuer.toString()) + WELL_KNOWN_PATH);
        DefaultResourceRetriever retriever = new DefaultResourceRetriever(
                millis(connectTimeout), millis(readTimeout), SIZE_LIMIT);
        retriever.setHeaders(Map.of("Accept", List.of("application/json")));

        Resource resource = retriever.retrieveResource(document.toURL());
        Map<String, Object> metadata;
        try {
            metadata = JSONObjectUtils.parse(resource.getContent());
        } catch (ParseException | RuntimeException e) {
            throw new IOException("OpenID configuration at " + document + " is not a JSON object", e);
        }
        if (!issuer.toString().equals(metadata.get("issuer"))) {
            throw new IOException("OpenID configuration at " + document + " names another issuer");
        }
        if (!(metadata.get("jwks_uri") instanceof String jwks)) {
            throw new IOException("OpenID configuration at " + document + " has no jwks_uri");
        }
        try {
            return OidcSettings.httpUri("jwks_uri", new URI(jwks));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("OpenID configuration at " + document + " has an unusable jwks_uri", e);
        }
    }

    private static int millis(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("timeout must be from 1 ms to 1 minute, got " + timeout);
        }
        return (int) Math.max(1, timeout.toMillis());
    }
}
