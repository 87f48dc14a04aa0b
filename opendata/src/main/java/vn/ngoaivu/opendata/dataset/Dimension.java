package vn.ngoaivu.opendata.dataset;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import vn.ngoaivu.ontology.NgvProperty;
import vn.ngoaivu.ontology.Scheme;
import vn.ngoaivu.opendata.release.Column;

/**
 * The dimensions of the ontology's statistical observations. A statistics query names its result columns after
 * them ({@link #sqlColumn}); the codes become the concepts of the ontology's code lists.
 */
public enum Dimension {
    REF_YEAR("ref_year", NgvProperty.REF_YEAR, null,
            new Column("refYear", "Năm", "Year", "gYear", "")),
    COUNTRY("country", NgvProperty.COUNTRY, Scheme.COUNTRY,
            new Column("country", "Quốc gia (mã ISO 3166)", "Country (ISO 3166 code)", "string", "")),
    FIELD("field", NgvProperty.EXPERTISE_FIELD, Scheme.FORD,
            new Column("field", "Lĩnh vực (mã FORD)", "Field (FORD code)", "string", "")),
    RECORD_KIND("record_kind", NgvProperty.RECORD_KIND, Scheme.RECORD_KIND,
            new Column("recordKind", "Loại hồ sơ", "Record kind", "string", ""));

    private final String sqlColumn;
    private final NgvProperty property;
    private final Scheme scheme;
    private final Column template;

    Dimension(String sqlColumn, NgvProperty property, Scheme scheme, Column template) {
        this.sqlColumn = sqlColumn;
        this.property = property;
        this.scheme = scheme;
        this.template = template;
    }

    public String sqlColumn() {
        return sqlColumn;
    }

    /** The table column, whose property is the ngv: term of this instance. */
    public Column column(Iris iris) {
        return new Column(template.name(), template.titleVi(), template.titleEn(), template.datatype(),
                iris.property(property).getURI());
    }

    void write(Emit emit, Iris iris, Node observation, String code) {
        if (scheme == null) {
            emit.typed(observation, iris.property(property), code, XSDDatatype.XSDgYear);
        } else {
            emit.iri(observation, iris.property(property), iris.concept(scheme, code).orElseThrow(() ->
                    new IllegalStateException("no concept " + code + " in " + scheme.id())));
        }
    }
}
