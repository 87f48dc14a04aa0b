package vn.ngoaivu.ontology;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Checks a province's base URI. Every relative IRI of the ontology is resolved against it, so a
 * malformed base would silently mint wrong IRIs; it is rejected up front with a message saying why.
 */
final class BaseUri {

    private BaseUri() {
    }

    /** Returns {@code baseUri} unchanged if it is an absolute http(s) URI ending with '/'. */
    static String require(String baseUri) {
        if (baseUri == null || baseUri.isBlank()) {
            throw invalid(baseUri, "it is empty");
        }
        URI uri;
        try {
            uri = new URI(baseUri);
        } catch (URISyntaxException e) {
            throw invalid(baseUri, "it is not a valid URI (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
            throw invalid(baseUri, "it must be an absolute URI starting with http:// or https://");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw invalid(baseUri, "it has no host name");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw invalid(baseUri, "it must not have a query (?...) or a fragment (#...)");
        }
        if (!baseUri.endsWith("/")) {
            throw invalid(baseUri, "it must end with '/', e.g. https://ngoaivu.example.gov.vn/");
        }
        return baseUri;
    }

    private static IllegalArgumentException invalid(String baseUri, String why) {
        return new IllegalArgumentException("Invalid base URI '" + baseUri + "': " + why + ".");
    }
}
