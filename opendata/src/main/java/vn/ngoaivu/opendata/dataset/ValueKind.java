package vn.ngoaivu.opendata.dataset;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import vn.ngoaivu.ontology.Scheme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** How a record's value becomes RDF, so that each dataset is a list of columns rather than code. */
public enum ValueKind {
    TEXT, INTEGER, DECIMAL, DATE,
    /** ISO 3166 codes: concepts of def/scheme/country. */
    COUNTRIES,
    /** Codes of def/scheme/sector. */
    SECTORS,
    /** An organisation's name: a blank node with foaf:name. */
    AGENT,
    /** Several organisations' names, one agent each. */
    AGENTS,
    /** A conference's format (in-person, online, hybrid) as a schema.org attendance mode. */
    ATTENDANCE_MODE;

    private static final Map<String, String> MODES = Map.of("in-person", "OfflineEventAttendanceMode",
            "online", "OnlineEventAttendanceMode", "hybrid", "MixedEventAttendanceMode");

    void write(Emit emit, Iris iris, Node subject, Node property, Object value) {
        if (value == null) {
            return;
        }
        switch (this) {
            case TEXT -> emit.text(subject, property, (String) value);
            case INTEGER -> emit.integer(subject, property, Long.valueOf((String) value));
            case DECIMAL -> emit.decimal(subject, property, new BigDecimal((String) value));
            case DATE -> emit.typed(subject, property, (String) value, XSDDatatype.XSDdate);
            case COUNTRIES -> items(value).forEach(code -> emit.iri(subject, property,
                    iris.concept(Scheme.COUNTRY, code).orElse(null)));
            case SECTORS -> items(value).forEach(code -> emit.iri(subject, property,
                    iris.concept(Scheme.SECTOR, code).orElse(null)));
            case AGENT -> emit.namedAgent(subject, property, (String) value);
            case AGENTS -> items(value).forEach(name -> emit.namedAgent(subject, property, name));
            case ATTENDANCE_MODE -> {
                String mode = MODES.get((String) value);
                if (mode != null) {
                    emit.iri(subject, property, Vocab.schema(mode));
                }
            }
        }
    }

    /** The table cell: the value, or list items separated by "; " (as officers' spreadsheets do). */
    static String cell(Object value) {
        if (value instanceof List<?> list) {
            return String.join("; ", list.stream().map(String::valueOf).toList());
        }
        return (String) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> items(Object value) {
        return value instanceof List<?> ? (List<String>) value : List.of((String) value);
    }
}
