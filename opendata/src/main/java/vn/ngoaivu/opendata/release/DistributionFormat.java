package vn.ngoaivu.opendata.release;

import java.util.Arrays;
import java.util.Optional;

/**
 * The files of a release: the distributions proper (the same data in six formats) and the two documents that
 * describe some of them (the JSON-LD context, the CSV on the Web metadata).
 */
public enum DistributionFormat {

    TURTLE("turtle", "data.ttl", "text/turtle"),
    N_TRIPLES("ntriples", "data.nt", "application/n-triples"),
    JSON_LD("jsonld", "data.jsonld", "application/ld+json"),
    RDF_XML("rdfxml", "data.rdf", "application/rdf+xml"),
    JSON("json", "data.json", "application/json"),
    CSV("csv", "data.csv", "text/csv"),
    /** CSV on the Web metadata of {@link #CSV}; the name CSVW processors look for beside the CSV. */
    CSVW_METADATA("csvw", "csv-metadata.json", "application/csvm+json"),
    /** The context {@link #JSON_LD} refers to by URL. */
    JSON_LD_CONTEXT("jsonld-context", "context.jsonld", "application/ld+json");

    private final String token;
    private final String fileName;
    private final String mediaType;

    DistributionFormat(String token, String fileName, String mediaType) {
        this.token = token;
        this.fileName = fileName;
        this.mediaType = mediaType;
    }

    /** The format's name in manifests and URLs, e.g. {@code ntriples}. */
    public String token() {
        return token;
    }

    /** The file's name inside a release directory. */
    public String fileName() {
        return fileName;
    }

    /** The IANA media type, without parameters (every file is UTF-8). */
    public String mediaType() {
        return mediaType;
    }

    /** Whether the file holds the release's triples (its count is a triple count). */
    public boolean isRdf() {
        return this == TURTLE || this == N_TRIPLES || this == JSON_LD || this == RDF_XML;
    }

    public static Optional<DistributionFormat> fromToken(String token) {
        return Arrays.stream(values()).filter(format -> format.token.equals(token)).findFirst();
    }
}
