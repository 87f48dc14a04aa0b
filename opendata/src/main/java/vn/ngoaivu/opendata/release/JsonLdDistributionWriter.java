package vn.ngoaivu.opendata.release;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * JSON-LD 1.1 in compact form, streaming: {@code {"@context": "<context URL>", "@graph": [ ... ]}} with one node
 * object per run of a subject's triples, one per line. Jena's JSON-LD writers build the whole document in memory
 * first; this one holds a single subject. Values are written in their exact lexical form ({@code @value} with
 * {@code @type}, never JSON numbers) so that the triples read back are the triples written.
 */
public final class JsonLdDistributionWriter implements DistributionWriter {

    private static final Node RDF_TYPE = RDF.type.asNode();

    private final JsonLdCompactIris compactIris;
    private final String contextUrl;

    /**
     * @param prefixes   the release's prefixes; the context at {@code contextUrl} must define the same (it is
     *                   written by {@link JsonLdContextWriter} from them)
     * @param contextUrl the absolute URL the context document is published at
     */
    public JsonLdDistributionWriter(Prefixes prefixes, String contextUrl) {
        this.compactIris = new JsonLdCompactIris(prefixes);
        this.contextUrl = Objects.requireNonNull(contextUrl);
    }

    @Override
    public DistributionFormat format() {
        return DistributionFormat.JSON_LD;
    }

    @Override
    public long writeContent(ReleaseSource source, OutputStream out) throws IOException {
        Writer writer = TextOutput.utf8(out);
        writer.write("{\n  \"@context\": ");
        JsonText.string(writer, contextUrl);
        writer.write(",\n  \"@graph\": [");
        NodeObjects nodes = new NodeObjects(writer);
        SubjectGroups subjects = new SubjectGroups(nodes::write);
        source.triples(subjects);
        subjects.finish();
        writer.write(nodes.count == 0 ? "]\n}\n" : "\n  ]\n}\n");
        writer.flush();
        return subjects.triples();
    }

    /** Writes each subject's run of triples as one node object. */
    private final class NodeObjects {

        private final Writer writer;
        private long count;

        NodeObjects(Writer writer) {
            this.writer = writer;
        }

        void write(List<Triple> run) {
            // A JSON object cannot repeat a key: the run's values are gathered by property first.
            List<Node> types = new ArrayList<>();
            Map<Node, List<Node>> valuesByProperty = new LinkedHashMap<>();
            for (Triple triple : run) {
                RdfTerms.requireWritable(triple);
                Node object = triple.getObject();
                if (triple.getPredicate().equals(RDF_TYPE) && !object.isLiteral()) {
                    types.add(object);
                } else {
                    valuesByProperty.computeIfAbsent(triple.getPredicate(), property -> new ArrayList<>()).add(object);
                }
            }
            try {
                writer.write(count++ == 0 ? "\n    {\"@id\": " : ",\n    {\"@id\": ");
                JsonText.string(writer, reference(run.get(0).getSubject()));
                if (!types.isEmpty()) {
                    writer.write(", \"@type\": ");
                    writeAll(types, true);
                }
                for (Map.Entry<Node, List<Node>> property : valuesByProperty.entrySet()) {
                    writer.write(", ");
                    JsonText.key(writer, compactIris.compact(property.getKey().getURI()));
                    writeAll(property.getValue(), false);
                }
                writer.write('}');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** One value as itself, several as an array. */
        private void writeAll(List<Node> values, boolean types) throws IOException {
            if (values.size() > 1) {
                writer.write('[');
            }
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    writer.write(", ");
                }
                if (types) {
                    JsonText.string(writer, reference(values.get(i)));
                } else {
                    writeValue(values.get(i));
                }
            }
            if (values.size() > 1) {
                writer.write(']');
            }
        }

        private void writeValue(Node value) throws IOException {
            if (!value.isLiteral()) {
                writer.write("{\"@id\": ");
                JsonText.string(writer, reference(value));
                writer.write('}');
            } else if (RdfTerms.isPlainString(value)) {
                JsonText.string(writer, value.getLiteralLexicalForm());
            } else {
                writer.write("{\"@value\": ");
                JsonText.string(writer, value.getLiteralLexicalForm());
                if (RdfTerms.hasLanguage(value)) {
                    writer.write(", \"@language\": ");
                    JsonText.string(writer, value.getLiteralLanguage());
                } else {
                    writer.write(", \"@type\": ");
                    JsonText.string(writer, compactIris.compact(value.getLiteralDatatypeURI()));
                }
                writer.write('}');
            }
        }

        /** An IRI, compacted, or a blank node identifier. */
        private String reference(Node node) {
            return node.isBlank() ? "_:" + RdfTerms.blankNodeLabel(node) : compactIris.compact(node.getURI());
        }
    }
}
