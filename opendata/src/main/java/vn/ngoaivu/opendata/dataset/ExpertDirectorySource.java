package vn.ngoaivu.opendata.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import vn.ngoaivu.ontology.NgvClass;
import vn.ngoaivu.ontology.NgvProperty;
import vn.ngoaivu.ontology.Scheme;
import vn.ngoaivu.opendata.release.Column;
import vn.ngoaivu.opendata.release.ReleaseSource;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The public expert directory: live experts (not deleted, erased or merged) whose current consent to the public
 * directory is given, with only the fields whose visibility they set to public. A directory entry needs a name and
 * a country, so experts who keep either of them non-public are not listed. Fields the ontology's directory shape
 * forbids (gender, birth year, e-mail, telephone, engagement history) are never read.
 */
final class ExpertDirectorySource implements ReleaseSource {

    /** The directory's fields in column order, with the SQL expression each is read from. */
    static final Map<String, String> FIELDS = fields();

    private static final String VISIBLE = "e.consent_public_directory AND e.deleted_at IS NULL AND e.erased_at IS NULL "
            + "AND e.merged_into IS NULL AND e.visibility->>'fullName' = 'public' AND e.visibility->>'countryCode' = 'public'";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SourceContext context;

    ExpertDirectorySource(SourceContext context) {
        this.context = context;
    }

    private static Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("fullName", "e.full_name");
        fields.put("latinName", "e.latin_name");
        fields.put("hometown", "e.hometown");
        fields.put("countryCode", "e.country_code");
        fields.put("city", "e.city");
        fields.put("organisation", "e.organisation");
        fields.put("position", "e.position");
        fields.put("academicTitle", "e.academic_title");
        fields.put("highestDegree", "e.highest_degree");
        fields.put("fields", "e.fields");
        fields.put("keywords", "e.keywords");
        fields.put("languages", "e.languages");
        fields.put("orcid", "e.orcid");
        fields.put("website", "e.website");
        fields.put("collaborationInterests", "e.collaboration_interests");
        return java.util.Collections.unmodifiableMap(fields);
    }

    /** The directory's columns: the expert's IRI, then one per field (named as the registry names it). */
    static List<PublishedField> publishedFields() {
        List<PublishedField> published = new ArrayList<>();
        published.add(new PublishedField(RecordSource.idColumn(), new FieldOrigin.Identifier()));
        FIELDS.keySet().forEach(name -> published.add(new PublishedField(
                new Column(name, label(name, true), label(name, false), "string", ""), new FieldOrigin.ExpertField(name))));
        return published;
    }

    private static String label(String field, boolean vi) {
        return vi ? "Trường " + field : field;
    }

    @Override
    public void triples(StreamRDF sink) {
        Emit emit = new Emit(sink);
        Iris iris = context.iris();
        each(entry -> {
            Node expert = iris.resource("expert", entry.id());
            emit.type(expert, iris.type(NgvClass.EXPERT));
            emit.text(expert, Vocab.FOAF_NAME, entry.text("fullName"));
            emit.text(expert, iris.property(NgvProperty.LATIN_NAME), entry.text("latinName"));
            emit.text(expert, iris.property(NgvProperty.HOMETOWN), entry.text("hometown"));
            concepts(emit, iris, expert, NgvProperty.RESIDENCE_COUNTRY, Scheme.COUNTRY, entry.list("countryCode"));
            emit.text(expert, iris.property(NgvProperty.RESIDENCE_CITY), entry.text("city"));
            if (entry.text("organisation") != null) {
                Node membership = NodeFactory.createBlankNode();
                emit.iri(expert, ORG.hasMembership.asNode(), membership);
                emit.iri(membership, Vocab.RDF_TYPE, iris.type(NgvClass.AFFILIATION));
                emit.namedAgent(membership, ORG.organization.asNode(), entry.text("organisation"));
                emit.text(membership, iris.property(NgvProperty.POSITION_TITLE), entry.text("position"));
            }
            concepts(emit, iris, expert, NgvProperty.ACADEMIC_TITLE, Scheme.ACADEMIC_TITLE, entry.list("academicTitle"));
            concepts(emit, iris, expert, NgvProperty.HIGHEST_DEGREE, Scheme.DEGREE, entry.list("highestDegree"));
            concepts(emit, iris, expert, NgvProperty.EXPERTISE_FIELD, Scheme.FORD, entry.list("fields"));
            entry.list("keywords").forEach(k -> emit.text(expert, iris.property(NgvProperty.EXPERTISE_KEYWORD), k));
            entry.list("languages").forEach(l -> emit.text(expert, Vocab.SCHEMA_KNOWS_LANGUAGE, l));
            entry.list("orcid").forEach(o -> emit.iri(expert, iris.property(NgvProperty.ORCID),
                    NodeFactory.createURI("https://orcid.org/" + o)));
            entry.list("website").forEach(w -> emit.iri(expert, FOAF.homepage.asNode(), NodeFactory.createURI(w)));
            concepts(emit, iris, expert, NgvProperty.COLLABORATION_INTEREST, Scheme.COLLABORATION_INTEREST,
                    entry.list("collaborationInterests"));
        });
    }

    private static void concepts(Emit emit, Iris iris, Node subject, NgvProperty property, Scheme scheme, List<String> codes) {
        codes.forEach(code -> emit.iri(subject, iris.property(property), iris.concept(scheme, code).orElse(null)));
    }

    @Override
    public List<Column> columns() {
        return publishedFields().stream().map(PublishedField::column).toList();
    }

    @Override
    public void rows(Consumer<List<String>> sink) {
        Iris iris = context.iris();
        each(entry -> {
            List<String> cells = new ArrayList<>();
            cells.add(iris.resource("expert", entry.id()).getURI());
            FIELDS.keySet().forEach(name -> cells.add(ValueKind.cell(entry.values().get(name))));
            sink.accept(cells);
        });
    }

    /** One expert's public values: a string or a list of strings per field; absent when not public or empty. */
    record Entry(UUID id, Map<String, Object> values) {
        String text(String field) {
            return (String) values.get(field);
        }

        @SuppressWarnings("unchecked")
        List<String> list(String field) {
            Object value = values.get(field);
            return value == null ? List.of() : value instanceof List<?> ? (List<String>) value : List.of((String) value);
        }
    }

    private void each(Consumer<Entry> handler) {
        String sql = "SELECT e.id, e.visibility::text AS visibility, " + String.join(", ", FIELDS.values())
                + " FROM expert e WHERE " + VISIBLE + " ORDER BY e.id";
        Sql.stream(context.dataSource(), sql, List.of(), row -> handler.accept(entry(row)));
    }

    private static Entry entry(ResultSet row) throws SQLException {
        Map<String, String> visibility = visibility(row.getString("visibility"));
        Map<String, Object> values = new LinkedHashMap<>();
        int column = 3;
        for (String field : FIELDS.keySet()) {
            Object value = value(row, column++);
            // Only what the expert opened to the public: anything else is left unread in the output.
            if (value != null && "public".equals(visibility.get(field))) {
                values.put(field, value);
            }
        }
        return new Entry(row.getObject("id", UUID.class), values);
    }

    private static Object value(ResultSet row, int column) throws SQLException {
        Object value = row.getObject(column);
        if (value instanceof Array array) {
            List<String> items = Arrays.asList((String[]) array.getArray());
            return items.isEmpty() ? null : items;
        }
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    static Map<String, String> visibility(String json) throws SQLException {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new SQLException("an expert's visibility is not a JSON object", e);
        }
    }
}
