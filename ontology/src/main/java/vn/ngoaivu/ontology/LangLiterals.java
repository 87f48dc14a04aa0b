package vn.ngoaivu.ontology;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;

/** Reads language-tagged literals (labels, comments, definitions) of a resource. */
final class LangLiterals {

    private LangLiterals() {
    }

    /** The first value of {@code property} tagged with exactly {@code lang} (case-insensitive). */
    static Optional<String> text(Resource subject, Property property, String lang) {
        return all(subject, property, lang).stream().findFirst();
    }

    /** Every value of {@code property} tagged with {@code lang}, sorted so that output is stable. */
    static List<String> all(Resource subject, Property property, String lang) {
        List<String> values = new ArrayList<>();
        subject.listProperties(property).forEachRemaining(statement -> {
            RDFNode object = statement.getObject();
            if (object.isLiteral() && object.asLiteral().getLanguage().equalsIgnoreCase(lang)) {
                values.add(object.asLiteral().getLexicalForm());
            }
        });
        values.sort(null);
        return values;
    }

    /** The lexical form of the first plain (untagged) literal value, e.g. owl:versionInfo. */
    static Optional<String> plain(Resource subject, Property property) {
        return subject.listProperties(property).toList().stream()
                .map(statement -> statement.getObject())
                .filter(RDFNode::isLiteral)
                .map(RDFNode::asLiteral)
                .filter(literal -> literal.getLanguage().isEmpty())
                .map(Literal::getLexicalForm)
                .sorted()
                .findFirst();
    }
}
