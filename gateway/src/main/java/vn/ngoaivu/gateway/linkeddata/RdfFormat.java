package vn.ngoaivu.gateway.linkeddata;

import org.apache.jena.riot.RDFFormat;

import java.util.Optional;

/** The representations a Linked Data resource is served in; HTML is for people, the others for machines. */
public enum RdfFormat {
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
    JSON_LD("application/ld+json", "jsonld", RDFFormat.JSONLD11_PRETTY),
    RDF_XML("application/rdf+xml", "rdf", RDFFormat.RDFXML_PRETTY),
    N_TRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES_UTF8),
    HTML("text/html", "html", null);

    private final String mediaType;
    private final String extension;
    private final RDFFormat jenaFormat;

    RdfFormat(String mediaType, String extension, RDFFormat jenaFormat) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.jenaFormat = jenaFormat;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The Jena writer format; empty for HTML. */
    public Optional<RDFFormat> jenaFormat() {
        return Optional.ofNullable(jenaFormat);
    }

    public static Optional<RdfFormat> byExtension(String extension) {
        for (RdfFormat format : values()) {
            if (format.extension.equalsIgnoreCase(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** Exact media type match, plus the legacy names clients still send. */
    public static Optional<RdfFormat> byMediaType(String type) {
        for (RdfFormat format : values()) {
            if (format.mediaType.equals(type)) {
                return Optional.of(format);
            }
        }
        return switch (type) {
            case "application/x-turtle" -> Optional.of(TURTLE);
            case "application/xhtml+xml" -> Optional.of(HTML);
            case "text/plain" -> Optional.of(N_TRIPLES);
            default -> Optional.empty();
        };
    }
}
