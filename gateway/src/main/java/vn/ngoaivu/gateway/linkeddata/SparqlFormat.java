package vn.ngoaivu.gateway.linkeddata;

import io.helidon.http.HeaderNames;
import io.helidon.http.HttpMediaType;
import io.helidon.webserver.http.ServerRequest;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import vn.ngoaivu.gateway.http.Problem;
import vn.ngoaivu.gateway.http.ProblemException;
import vn.ngoaivu.gateway.http.ProblemType;
import vn.ngoaivu.opendata.sparql.SparqlQuery.Form;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a SPARQL answer is written as: the four SPARQL results formats for SELECT and ASK, the Linked Data
 * formats ({@link RdfFormat}, less HTML) for CONSTRUCT and DESCRIBE. {@code ?format=} wins over {@code Accept}.
 */
enum SparqlFormat {
    JSON("json", ResultSetLang.RS_JSON),
    XML("xml", ResultSetLang.RS_XML),
    CSV("csv", ResultSetLang.RS_CSV),
    TSV("tsv", ResultSetLang.RS_TSV),
    TURTLE(RdfFormat.TURTLE),
    N_TRIPLES(RdfFormat.N_TRIPLES),
    JSON_LD(RdfFormat.JSON_LD),
    RDF_XML(RdfFormat.RDF_XML);

    private final String name;
    private final String mediaType;
    private final Form form;
    private final Lang resultsLang;
    private final RdfFormat rdfFormat;

    SparqlFormat(String name, Lang resultsLang) {
        this.name = name;
        this.mediaType = resultsLang.getContentType().getContentTypeStr();
        this.form = Form.RESULTS;
        this.resultsLang = resultsLang;
        this.rdfFormat = null;
    }

    SparqlFormat(RdfFormat rdfFormat) {
        this.name = rdfFormat.extension();
        this.mediaType = rdfFormat.mediaType();
        this.form = Form.GRAPH;
        this.resultsLang = null;
        this.rdfFormat = rdfFormat;
    }

    String mediaType() {
        return mediaType;
    }

    /** The value of {@code ?format=} that asks for it. */
    String formatName() {
        return name;
    }

    /** The results writer's language (SELECT, ASK formats). */
    Lang resultsLang() {
        return resultsLang;
    }

    /** The RDF format (CONSTRUCT, DESCRIBE formats). */
    RdfFormat rdfFormat() {
        return rdfFormat;
    }

    /** The format for a query of this form: {@code format} if given, else the first acceptable type of Accept. */
    static SparqlFormat negotiate(ServerRequest req, Optional<String> format, Form form) {
        if (format.isPresent()) {
            return Arrays.stream(values()).filter(f -> f.form == form && f.name.equals(format.get())).findFirst()
                    .orElseThrow(() -> notAcceptable(form, "format=" + format.get()));
        }
        List<HttpMediaType> accepted = req.headers().acceptedTypes();
        if (accepted.isEmpty()) {
            return preferred(form);
        }
        for (HttpMediaType type : accepted) {
            if (type.qualityFactor() > 0) {
                Optional<SparqlFormat> match = byMediaType(type.mediaType().type() + "/" + type.mediaType().subtype(), form);
                if (match.isPresent()) {
                    return match.get();
                }
            }
        }
        throw notAcceptable(form, req.headers().first(HeaderNames.ACCEPT).orElse(""));
    }

    private static SparqlFormat preferred(Form form) {
        return form == Form.RESULTS ? JSON : TURTLE;
    }

    /** Exact types, the generic names clients also send for them, and wildcards (the form's preferred format). */
    private static Optional<SparqlFormat> byMediaType(String type, Form form) {
        for (SparqlFormat format : values()) {
            if (format.form == form && format.mediaType.equals(type)) {
                return Optional.of(format);
            }
        }
        if (type.equals("*/*")) {
            return Optional.of(preferred(form));
        }
        if (form == Form.RESULTS) {
            return Optional.ofNullable(switch (type) {
                case "application/json", "application/*" -> JSON;
                case "application/xml", "text/xml" -> XML;
                case "text/*" -> CSV;
                default -> null;
            });
        }
        if (type.equals("text/*")) {
            return Optional.of(TURTLE);
        }
        return RdfFormat.byMediaType(type).filter(f -> f != RdfFormat.HTML)
                .flatMap(rdf -> Arrays.stream(values()).filter(f -> f.rdfFormat == rdf).findFirst());
    }

    private static ProblemException notAcceptable(Form form, String asked) {
        String offered = Arrays.stream(values()).filter(f -> f.form == form).map(f -> f.mediaType)
                .collect(Collectors.joining(", "));
        String kind = form == Form.RESULTS ? "SELECT/ASK" : "CONSTRUCT/DESCRIBE";
        return new ProblemException(Problem.of(ProblemType.NOT_ACCEPTABLE,
                "Không có định dạng phù hợp với " + asked + " cho truy vấn " + kind + ". Có sẵn: " + offered + ".",
                "No format matches " + asked + " for a " + kind + " query. Available: " + offered + "."));
    }
}
