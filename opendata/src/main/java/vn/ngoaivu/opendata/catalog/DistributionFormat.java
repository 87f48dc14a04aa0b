package vn.ngoaivu.opendata.catalog;

/**
 * The formats a release is distributed in, each with its IANA media type and its EU file-type concept (what
 * DCAT-AP asks for in {@code dcat:mediaType} and {@code dct:format}).
 */
public enum DistributionFormat {
    CSV("text/csv", "CSV"),
    JSON("application/json", "JSON"),
    TURTLE("text/turtle", "RDF_TURTLE"),
    JSON_LD("application/ld+json", "JSON_LD"),
    N_TRIPLES("application/n-triples", "RDF_N_TRIPLES"),
    RDF_XML("application/rdf+xml", "RDF_XML");

    private static final String IANA = "https://www.iana.org/assignments/media-types/";
    private static final String FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";

    private final String mediaType;
    private final String fileType;

    DistributionFormat(String mediaType, String fileType) {
        this.mediaType = mediaType;
        this.fileType = fileType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String mediaTypeIri() {
        return IANA + mediaType;
    }

    public String fileTypeIri() {
        return FILE_TYPE + fileType;
    }
}
