package vn.ngoaivu.opendata.release;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import vn.ngoaivu.ontology.Ontology;

/**
 * The prefixes a release's RDF is written with (Turtle's {@code @prefix}, the JSON-LD context, RDF/XML's
 * namespaces): prefix name to namespace IRI, in a stable order so that the same data gives the same bytes.
 */
public final class Prefixes {

    private final Map<String, String> namespaces;

    private Prefixes(Map<String, String> namespaces) {
        this.namespaces = Collections.unmodifiableMap(namespaces);
    }

    /** No prefixes (N-Triples has none). */
    public static Prefixes none() {
        return new Prefixes(Map.of());
    }

    /** The given prefixes, sorted by name. */
    public static Prefixes of(Map<String, String> prefixToNamespace) {
        Map<String, String> sorted = new TreeMap<>(prefixToNamespace);
        sorted.forEach((prefix, namespace) -> {
            Objects.requireNonNull(namespace, prefix);
            if (prefix.isEmpty() || prefix.contains(":")) {
                throw new IllegalArgumentException("Not a usable prefix name: '" + prefix + "'");
            }
        });
        return new Prefixes(new LinkedHashMap<>(sorted));
    }

    /** The prefixes the ontology's vocabulary declares (rdf, xsd, dcterms, schema, ngv, ...), ngv: resolved. */
    public static Prefixes of(Ontology ontology) {
        return of(ontology.vocabulary().getNsPrefixMap());
    }

    /** Prefix name to namespace IRI, sorted by prefix name. */
    public Map<String, String> asMap() {
        return namespaces;
    }

    /** The prefix declared for exactly this namespace, if any. */
    public Optional<String> prefixOf(String namespace) {
        for (Map.Entry<String, String> entry : namespaces.entrySet()) {
            if (entry.getValue().equals(namespace)) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }
}
