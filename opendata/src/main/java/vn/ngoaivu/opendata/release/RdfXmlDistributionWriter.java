package vn.ngoaivu.opendata.release;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * RDF/XML, streaming: one {@code rdf:Description} per run of a subject's triples, each triple a property element
 * ({@code rdf:resource}, {@code rdf:nodeID}, or text with {@code xml:lang} or {@code rdf:datatype}). The release's
 * prefixes are declared on {@code rdf:RDF}; a property in another namespace declares it on its own element, since
 * a streaming writer cannot know every namespace before it starts.
 */
public final class RdfXmlDistributionWriter implements DistributionWriter {

    private static final String RDF_NS = RDF.getURI();
    /** The prefix a property element declares for itself when its namespace has none. */
    private static final String LOCAL_PREFIX = "ns0";
    /** rdf: names that RDF/XML reserves for its syntax: they cannot be property elements. */
    private static final Set<String> RESERVED_RDF_NAMES = Set.of("RDF", "ID", "about", "parseType", "resource",
            "nodeID", "datatype", "Description", "li", "aboutEach", "aboutEachPrefix", "bagID");

    private final Map<String, String> namespaceToPrefix = new HashMap<>();
    private final Map<String, String> declarations;

    public RdfXmlDistributionWriter(Prefixes prefixes) {
        Map<String, String> declared = new LinkedHashMap<>();
        declared.put("rdf", RDF_NS);
        prefixes.asMap().forEach((prefix, namespace) -> {
            // A namespace can only be declared under an XML name, not "xml..." (reserved), and only once.
            if (isXmlName(prefix) && !prefix.toLowerCase(Locale.ROOT).startsWith("xml")
                    && !prefix.equals(LOCAL_PREFIX) && !declared.containsKey(prefix)
                    && !declared.containsValue(namespace)) {
                declared.put(prefix, namespace);
            }
        });
        declared.forEach((prefix, namespace) -> namespaceToPrefix.put(namespace, prefix));
        this.declarations = declared;
    }

    @Override
    public DistributionFormat format() {
        return DistributionFormat.RDF_XML;
    }

    @Override
    public long writeContent(ReleaseSource source, OutputStream out) throws IOException {
        Writer writer = TextOutput.utf8(out);
        writer.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rdf:RDF");
        for (Map.Entry<String, String> declaration : declarations.entrySet()) {
            writer.write("\n    xmlns:" + declaration.getKey() + "=\"");
            XmlText.attribute(writer, declaration.getValue());
            writer.write('"');
        }
        writer.write(">\n");
        SubjectGroups subjects = new SubjectGroups(run -> {
            try {
                writeDescription(writer, run);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        source.triples(subjects);
        subjects.finish();
        writer.write("</rdf:RDF>\n");
        writer.flush();
        return subjects.triples();
    }

    private void writeDescription(Writer writer, List<Triple> run) throws IOException {
        writer.write("  <rdf:Description");
        writeReference(writer, "about", run.get(0).getSubject());
        writer.write(">\n");
        for (Triple triple : run) {
            RdfTerms.requireWritable(triple);
            writeProperty(writer, triple);
        }
        writer.write("  </rdf:Description>\n");
    }

    private void writeProperty(Writer writer, Triple triple) throws IOException {
        String iri = triple.getPredicate().getURI();
        int split = localNameStart(iri);
        String namespace = iri.substring(0, split);
        String localName = iri.substring(split);
        if (localName.isEmpty() || namespace.isEmpty()
                || (namespace.equals(RDF_NS) && RESERVED_RDF_NAMES.contains(localName))) {
            throw new IllegalArgumentException("Property " + iri + " cannot be an RDF/XML element name");
        }
        String prefix = namespaceToPrefix.get(namespace);
        String element = (prefix == null ? LOCAL_PREFIX : prefix) + ':' + localName;
        writer.write("    <");
        writer.write(element);
        if (prefix == null) {
            writer.write(" xmlns:" + LOCAL_PREFIX + "=\"");
            XmlText.attribute(writer, namespace);
            writer.write('"');
        }
        Node object = triple.getObject();
        if (!object.isLiteral()) {
            writeReference(writer, "resource", object);
            writer.write("/>\n");
            return;
        }
        if (RdfTerms.hasLanguage(object)) {
            writer.write(" xml:lang=\"");
            XmlText.attribute(writer, object.getLiteralLanguage());
            writer.write('"');
        } else if (!RdfTerms.isPlainString(object)) {
            writer.write(" rdf:datatype=\"");
            XmlText.attribute(writer, object.getLiteralDatatypeURI());
            writer.write('"');
        }
        writer.write('>');
        XmlText.text(writer, object.getLiteralLexicalForm());
        writer.write("</");
        writer.write(element);
        writer.write(">\n");
    }

    /** {@code rdf:about="iri"} / {@code rdf:resource="iri"}, or {@code rdf:nodeID="label"} for a blank node. */
    private static void writeReference(Writer writer, String iriAttribute, Node node) throws IOException {
        if (node.isBlank()) {
            writer.write(" rdf:nodeID=\"");
            writer.write(RdfTerms.blankNodeLabel(node));
        } else {
            writer.write(" rdf:" + iriAttribute + "=\"");
            XmlText.attribute(writer, node.getURI());
        }
        writer.write('"');
    }

    /**
     * Where the property IRI's local name begins: the longest tail that is an XML name (NCName). Restricted to a
     * safe subset of XML's name characters: ASCII letters, digits, {@code _ - .}, and letters and digits from
     * U+00C0 on.
     */
    static int localNameStart(String iri) {
        int start = iri.length();
        while (start > 0 && isNameChar(iri.charAt(start - 1))) {
            start--;
        }
        while (start < iri.length() && !isNameStartChar(iri.charAt(start))) {
            start++;
        }
        return start;
    }

    private static boolean isXmlName(String name) {
        return !name.isEmpty() && localNameStart(name) == 0;
    }

    private static boolean isNameStartChar(char c) {
        return c < 0x80 ? (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'
                : c >= 0xC0 && Character.isLetter(c);
    }

    private static boolean isNameChar(char c) {
        return c < 0x80 ? isNameStartChar(c) || (c >= '0' && c <= '9') || c == '-' || c == '.'
                : c >= 0xC0 && Character.isLetterOrDigit(c);
    }
}
