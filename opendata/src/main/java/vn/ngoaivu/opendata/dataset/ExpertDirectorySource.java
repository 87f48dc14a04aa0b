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

    private static final String VISIBLE = "e.consent_public_directory AND e.deleted_at IS NULL AND e.erased_at IS NULL "
            + "AND e.merged_into IS NULL AND e.visibility->>'fullName' = 'public' AND e.visibility->>'countryCode' = 'public'";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SourceContext context;

    ExpertDirectorySource(SourceContext context) {
        this.context = context;
    }

    /**
     * A directory field: the registry's name, the column it is read from, its column titles and its RDF property
     * (an ngv: term, or else a standard property's IRI).
     */
    private record Field(String name, String sql, String titleVi, String titleEn, NgvProperty ngv, String standard) {
        Field(String name, String sql, String titleVi, String titleEn, NgvProperty ngv) {
            this(name, sql, titleVi, titleEn, ngv, null);
        }

        Field(String name, String sql, String titleVi, String titleEn, String standard) {
            this(name, sql, titleVi, titleEn, null, standard);
        }

        String property(Iris iris) {
            return ngv == null ? standard : iris.property(ngv).getURI();
        }
    }

    private static final List<Field> DIRECTORY = List.of(
            new Field("fullName", "e.full_name", "Họ và tên", "Full name", FOAF.name.getURI()),
            new Field("latinName", "e.latin_name", "Tên dùng ở nước ngoài", "Name used abroad", NgvProperty.LATIN_NAME),
            new Field("hometown", "e.hometown", "Quê quán", "Hometown", NgvProperty.HOMETOWN),
            new Field("countryCode", "e.country_code", "Quốc gia cư trú (mã ISO 3166)", "Country of residence (ISO 3166)",
                    NgvProperty.RESIDENCE_COUNTRY),
            new Field("city", "e.city", "Thành phố cư trú", "City of residence", NgvProperty.RESIDENCE_CITY),
            new Field("organisation", "e.organisation", "Nơi công tác", "Organisation", ORG.organization.getURI()),
            new Field("position", "e.position", "Chức danh", "Position", NgvProperty.POSITION_TITLE),
            new Field("academicTitle", "e.academic_title", "Học hàm", "Academic title", NgvProperty.ACADEMIC_TITLE),
            new Field("highestDegree", "e.highest_degree", "Học vị cao nhất", "Highest degree",
                    NgvProperty.HIGHEST_DEGREE),
            new Field("fields", "e.fields", "Lĩnh vực chuyên môn (mã FORD)", "Fields (FORD codes)",
                    NgvProperty.EXPERTISE_FIELD),
            new Field("keywords", "e.keywords", "Từ khóa chuyên môn", "Expertise keywords",
                    NgvProperty.EXPERTISE_KEYWORD),
            new Field("languages", "e.languages", "Ngoại ngữ (BCP 47)", "Languages (BCP 47)",
                    Vocab.SCHEMA_KNOWS_LANGUAGE.getURI()),
            new Field("orcid", "e.orcid", "ORCID iD", "ORCID iD", NgvProperty.ORCID),
            new Field("website", "e.website", "Trang cá nhân", "Website", FOAF.homepage.getURI()),
            new Field("collaborationInterests", "e.collaboration_interests", "Mong muốn hợp tác", "Collaboration interests",
                    NgvProperty.COLLABORATION_INTEREST));

    /** The directory's fields in column order, with the SQL expression each is read from. */
    static final Map<String, String> FIELDS = fields();

    private static Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        DIRECTORY.forEach(f -> fields.put(f.name(), f.sql()));
        return java.util.Collections.unmodifiableMap(fields);
    }

    /** The directory's columns: the expert's IRI, then one per field (named as the registry names it). */
    static List<PublishedField> publishedFields(Iris iris) {
        List<PublishedField> published = new ArrayList<>();
        published.add(new PublishedField(RecordSource.idColumn(), new FieldOrigin.Identifier()));
        DIRECTORY.forEach(f -> published.add(new PublishedField(
                new Column(f.name(), f.titleVi(), f.titleEn(), "string", f.property(iris)), new FieldOrigin.ExpertField(f.name()))));
        return published;
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
        return publishedFields(context.iris()).stream().map(PublishedField::column).toList();
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
