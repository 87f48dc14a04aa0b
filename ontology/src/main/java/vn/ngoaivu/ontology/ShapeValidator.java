package vn.ngoaivu.ontology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;

/**
 * Validates RDF graphs against SHACL shapes compiled once. Thread-safe: one instance serves every
 * request. Use {@link Ontology#validator()} for the platform's shapes and {@link #of(Graph)} for others
 * (e.g. the official DCAT-AP shapes).
 */
public final class ShapeValidator {

    /** Message languages tried after the caller's preference: the platform is Vietnamese first. */
    private static final List<String> FALLBACK_LANGUAGES = List.of("vi", "en");

    private static final Comparator<Violation> REPORT_ORDER = Comparator
            .comparing(Violation::severity)
            .thenComparing(Violation::focusNode)
            .thenComparing(v -> v.resultPath().orElse(""))
            .thenComparing(Violation::message);

    private final Shapes shapes;

    private ShapeValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** Compiles a shapes graph. */
    public static ShapeValidator of(Graph shapesGraph) {
        return new ShapeValidator(Shapes.parse(Objects.requireNonNull(shapesGraph, "shapesGraph")));
    }

    /** Validates {@code data}, with messages in Vietnamese where the shapes have them, else English. */
    public ValidationReport validate(Graph data) {
        return validate(data, "vi");
    }

    /** Validates {@code data}, with messages in {@code language} where the shapes have them, else vi, else en. */
    public ValidationReport validate(Graph data, String language) {
        Objects.requireNonNull(data, "data");
        List<String> languages = new ArrayList<>();
        languages.add(language == null ? "vi" : language);
        languages.addAll(FALLBACK_LANGUAGES);
        org.apache.jena.shacl.ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<Violation> violations = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            violations.add(new Violation(
                    severity(entry.severity()),
                    nodeText(entry.focusNode()),
                    Optional.ofNullable(entry.resultPath()).map(ShapeValidator::pathText),
                    Optional.ofNullable(entry.value()).map(NodeFmtLib::strTTL),
                    message(entry, languages),
                    namedShape(entry.source()),
                    constraintName(entry.sourceConstraintComponent())));
        }
        violations.sort(REPORT_ORDER);
        return new ValidationReport(report.conforms(), violations);
    }

    private static Violation.Severity severity(Severity severity) {
        if (Severity.Warning.equals(severity)) {
            return Violation.Severity.WARNING;
        }
        if (Severity.Info.equals(severity)) {
            return Violation.Severity.INFO;
        }
        return Violation.Severity.VIOLATION;
    }

    /** The sh:message in the first available language; Jena's generated message when the shape has none. */
    private static String message(ReportEntry entry, List<String> languages) {
        List<Node> literals = entry.messages().stream().filter(Node::isLiteral).toList();
        for (String language : languages) {
            for (Node literal : literals) {
                String tag = literal.getLiteralLanguage().toLowerCase(Locale.ROOT);
                String wanted = language.toLowerCase(Locale.ROOT);
                if (tag.equals(wanted) || tag.startsWith(wanted + "-")) {
                    return literal.getLiteralLexicalForm();
                }
            }
        }
        return literals.isEmpty() ? entry.message() : literals.get(0).getLiteralLexicalForm();
    }

    /** The shape to name in a report: a blank property shape is named by the node shape that holds it. */
    private String namedShape(Node source) {
        if (source == null) {
            return "";
        }
        if (source.isBlank()) {
            Optional<Node> holder = shapes.getGraph().find(Node.ANY, SHACL.property, source)
                    .mapWith(triple -> triple.getSubject())
                    .filterKeep(Node::isURI)
                    .nextOptional();
            if (holder.isPresent()) {
                return holder.get().getURI();
            }
        }
        return nodeText(source);
    }

    private static String constraintName(Node component) {
        if (component == null || !component.isURI()) {
            return "";
        }
        return component.getLocalName().replaceFirst("ConstraintComponent$", "");
    }

    private static String pathText(Path path) {
        return path instanceof P_Link link ? nodeText(link.getNode()) : path.toString();
    }

    private static String nodeText(Node node) {
        if (node == null) {
            return "";
        }
        if (node.isURI()) {
            return node.getURI();
        }
        if (node.isBlank()) {
            return "_:" + node.getBlankNodeLabel();
        }
        return NodeFmtLib.strTTL(node);
    }
}
