package vn.ngoaivu.opendata.release;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The compact IRIs ({@code dcterms:title}) of the JSON-LD distribution and the context that defines them, from
 * the release's prefixes. Only prefixes whose namespace ends with a URI gen-delim ({@code / # : ? [ ] @}) are
 * used: JSON-LD 1.1 expands {@code p:x} with such a simple term definition and no other (no {@code @prefix} flag
 * needed, so the context stays a plain map that JSON-LD 1.0 processors read the same way).
 */
final class JsonLdCompactIris {

    private static final String GEN_DELIMS = "/#:?[]@";

    private final Map<String, String> prefixToNamespace = new LinkedHashMap<>();

    JsonLdCompactIris(Prefixes prefixes) {
        prefixes.asMap().forEach((prefix, namespace) -> {
            if (!namespace.isEmpty() && GEN_DELIMS.indexOf(namespace.charAt(namespace.length() - 1)) >= 0
                    && !prefix.startsWith("@") && !prefix.equals("_")) {
                prefixToNamespace.put(prefix, namespace);
            }
        });
    }

    /** The prefixes the context defines: the terms of compact IRIs. */
    Map<String, String> prefixes() {
        return prefixToNamespace;
    }

    /**
     * {@code iri} as a compact IRI if a prefix's namespace starts it (the longest such namespace), else the IRI
     * itself.
     *
     * @throws IllegalArgumentException for an absolute IRI whose scheme is a prefix name: JSON-LD would read it
     *                                  as a compact IRI, and there is no way to say otherwise
     */
    String compact(String iri) {
        String bestPrefix = null;
        int bestLength = 0;
        for (Map.Entry<String, String> entry : prefixToNamespace.entrySet()) {
            String namespace = entry.getValue();
            if (namespace.length() > bestLength && iri.length() > namespace.length() && iri.startsWith(namespace)
                    && !iri.startsWith("//", namespace.length())) {
                bestPrefix = entry.getKey();
                bestLength = namespace.length();
            }
        }
        if (bestPrefix != null) {
            return bestPrefix + ':' + iri.substring(bestLength);
        }
        int colon = iri.indexOf(':');
        if (colon > 0 && prefixToNamespace.containsKey(iri.substring(0, colon))) {
            throw new IllegalArgumentException("IRI " + iri + " would be read as a compact IRI in JSON-LD");
        }
        return iri;
    }
}
