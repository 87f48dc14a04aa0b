package vn.ngoaivu.ontology;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of validating a graph against shapes.
 *
 * @param conforms   SHACL's verdict: false as soon as there is any result, warnings included
 * @param violations every result, violations first, then by focus node and path
 */
public record ValidationReport(boolean conforms, List<Violation> violations) {

    public ValidationReport {
        violations = List.copyOf(Objects.requireNonNull(violations, "violations"));
    }

    /** The number of results of severity sh:Violation: data with none may be published. */
    public int violationCount() {
        return count(Violation.Severity.VIOLATION);
    }

    public int warningCount() {
        return count(Violation.Severity.WARNING);
    }

    private int count(Violation.Severity severity) {
        return (int) violations.stream().filter(v -> v.severity() == severity).count();
    }

    /**
     * A multi-line report for people: the verdict, then each result with the resource, property, value
     * and message, so that an officer can find and fix the row. Labels are Vietnamese with English.
     */
    public String toText() {
        StringBuilder text = new StringBuilder();
        text.append(conforms ? "Đạt (conforms)" : "Không đạt (does not conform)")
                .append(": ").append(violationCount()).append(" lỗi (violations), ")
                .append(warningCount()).append(" cảnh báo (warnings), ")
                .append(violations.size() - violationCount() - warningCount()).append(" thông tin (info)\n");
        int number = 1;
        for (Violation v : violations) {
            text.append('\n').append(number++).append(". [").append(severityLabel(v.severity())).append("] ")
                    .append(v.focusNode()).append('\n');
            v.resultPath().ifPresent(path -> line(text, "Thuộc tính (path)", path));
            v.value().ifPresent(value -> line(text, "Giá trị (value)", value));
            line(text, "Thông báo (message)", v.message());
            line(text, "Ràng buộc (shape)", v.sourceShape() + " — " + v.constraint());
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String label, String content) {
        text.append("   ").append(label).append(": ").append(content).append('\n');
    }

    private static String severityLabel(Violation.Severity severity) {
        return switch (severity) {
            case VIOLATION -> "Lỗi / Violation";
            case WARNING -> "Cảnh báo / Warning";
            case INFO -> "Thông tin / Info";
        };
    }
}
