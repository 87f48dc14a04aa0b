package vn.ngoaivu.opendata.release;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;

/** What the hand-written RDF formats (JSON-LD, RDF/XML) share about terms: which they accept and how they name them. */
final class RdfTerms {

    static final String XSD_STRING = XSD.xstring.getURI();
    static final String RDF_LANG_STRING = RDF.langString.getURI();

    private RdfTerms() {
    }

    /**
     * Refuses what the formats cannot carry: generalised triples (a literal subject, a non-IRI predicate) and
     * RDF 1.2 terms (triple terms, literals with a base direction), which releases do not use.
     */
    static void requireWritable(Triple triple) {
        Node subject = triple.getSubject();
        Node object = triple.getObject();
        if (!(subject.isURI() || subject.isBlank()) || !triple.getPredicate().isURI()
                || !(object.isURI() || object.isBlank() || object.isLiteral())) {
            throw new IllegalArgumentException("Not an RDF 1.1 triple, cannot be written: " + triple);
        }
        if (object.isLiteral() && object.getLiteralBaseDirection() != null
                && object.getLiteralBaseDirection() != Node.noTextDirection) {
            throw new IllegalArgumentException("Literals with a base direction (RDF 1.2) are not supported: " + triple);
        }
    }

    /**
     * A blank node's label made of letters and digits only (Jena's N-Triples encoding), so that it is a valid
     * N-Triples label, XML name and JSON-LD blank node identifier alike; the same node gets the same label.
     */
    static String blankNodeLabel(Node blank) {
        return NodeFmtLib.encodeBNodeLabel(blank.getBlankNodeLabel());
    }

    /** Whether the literal is a plain string (xsd:string: written without a datatype). */
    static boolean isPlainString(Node literal) {
        return XSD_STRING.equals(literal.getLiteralDatatypeURI());
    }

    /** Whether the literal has a language tag. */
    static boolean hasLanguage(Node literal) {
        return !literal.getLiteralLanguage().isEmpty();
    }
}
