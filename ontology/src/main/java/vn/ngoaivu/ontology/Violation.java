package vn.ngoaivu.ontology;

import java.util.Objects;
import java.util.Optional;

/**
 * One result of a SHACL validation, in plain strings so that callers need no RDF library to show it.
 *
 * @param severity    how serious the result is
 * @param focusNode   the resource that failed: its IRI, or {@code _:label} for a blank node
 * @param resultPath  the property concerned: its IRI, or a SPARQL property path for complex paths
 * @param value       the offending value in Turtle form (e.g. {@code "abc"}, {@code <https://...>}), if any
 * @param message     the shape's sh:message in the preferred language, else the validator's own message
 * @param sourceShape the shape that was not met: the named shape, also when the rule sits in one of its
 *                    (blank) property shapes
 * @param constraint  the SHACL constraint component, e.g. {@code MinCount}, {@code Pattern}
 */
public record Violation(Severity severity, String focusNode, Optional<String> resultPath, Optional<String> value,
                        String message, String sourceShape, String constraint) {

    /** SHACL's three severities; a custom severity IRI counts as {@link #VIOLATION}. */
    public enum Severity { VIOLATION, WARNING, INFO }

    public Violation {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(focusNode, "focusNode");
        Objects.requireNonNull(resultPath, "resultPath");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(sourceShape, "sourceShape");
        Objects.requireNonNull(constraint, "constraint");
    }
}
