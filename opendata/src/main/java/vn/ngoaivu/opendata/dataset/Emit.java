package vn.ngoaivu.opendata.dataset;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Writes triples into a {@link StreamRDF} with the datatypes the ontology's shapes expect (xsd:string text,
 * xsd:integer counts, xsd:decimal money, xsd:date dates). Empty values write nothing.
 */
public record Emit(StreamRDF sink) {

    /** Starts a published resource: its type comes first (the release validator cuts chunks there). */
    public void type(Node subject, Node type) {
        iri(subject, RDF.type.asNode(), type);
    }

    public void iri(Node subject, Node property, Node object) {
        if (object != null) {
            sink.triple(Triple.create(subject, property, object));
        }
    }

    public void text(Node subject, Node property, String value) {
        if (value != null && !value.isBlank()) {
            sink.triple(Triple.create(subject, property, NodeFactory.createLiteralString(value)));
        }
    }

    public void lang(Node subject, Node property, String value, String language) {
        if (value != null && !value.isBlank()) {
            sink.triple(Triple.create(subject, property, NodeFactory.createLiteralLang(value, language)));
        }
    }

    public void integer(Node subject, Node property, Long value) {
        typed(subject, property, value == null ? null : value.toString(), XSDDatatype.XSDinteger);
    }

    public void decimal(Node subject, Node property, BigDecimal value) {
        typed(subject, property, value == null ? null : value.toPlainString(), XSDDatatype.XSDdecimal);
    }

    public void date(Node subject, Node property, LocalDate value) {
        typed(subject, property, value == null ? null : value.toString(), XSDDatatype.XSDdate);
    }

    public void typed(Node subject, Node property, String lexical, XSDDatatype datatype) {
        if (lexical != null) {
            sink.triple(Triple.create(subject, property, NodeFactory.createLiteralDT(lexical, datatype)));
        }
    }

    /** A named agent (organiser, party, partner) as a blank node with foaf:name, as the shapes ask. */
    public void namedAgent(Node subject, Node property, String name) {
        if (name != null && !name.isBlank()) {
            Node agent = NodeFactory.createBlankNode();
            sink.triple(Triple.create(subject, property, agent));
            text(agent, Vocab.FOAF_NAME, name);
        }
    }
}
