package vn.ngoaivu.opendata.release;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.graph.GraphFactory;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;

/** Writes with a distribution writer into memory and parses the bytes back with Jena, strictly. */
final class ReadBack {

    static final String CONTEXT_URL = "https://example.gov.vn/data/licensed-conferences/1/context.jsonld";

    private ReadBack() {
    }

    static byte[] write(DistributionWriter writer, ReleaseSource source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(source, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Parses RDF; JSON-LD with the context written from {@code prefixes}, served locally (never fetched). */
    static Graph parse(byte[] bytes, Lang lang, Prefixes prefixes) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParserBuilder parser = RDFParser.create()
                .source(new ByteArrayInputStream(bytes))
                .lang(lang)
                .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging);
        if (lang.equals(Lang.JSONLD)) {
            byte[] context = write(new JsonLdContextWriter(prefixes), null);
            parser.set(LangJSONLD11.JSONLD_OPTIONS, new JsonLdOptions((url, options) -> {
                if (!url.toString().equals(CONTEXT_URL)) {
                    throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "not loaded in tests: " + url);
                }
                return JsonDocument.of(new ByteArrayInputStream(context));
            }));
        }
        parser.parse(graph);
        return graph;
    }
}
